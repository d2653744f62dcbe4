package io.swiftbolt.ml.predict.dl4j;

import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Java {@code float[]} into ND4J arrays with one bulk copy into native memory.
 * ({@code Nd4j.create(float[], shape, order)} in 1.0.0-M2.1 copies element by element, which
 * showed in training profiles for the inputs and dropout masks of every batch.)
 */
final class FloatArrays {

    private FloatArrays() {
    }

    /**
     * A new contiguous c-order float array holding {@code values}.
     *
     * @param values the values, row-major; exactly as many as the shape holds
     * @param shape  the shape
     * @return the array
     */
    static INDArray of(float[] values, long... shape) {
        INDArray array = Nd4j.create(DataType.FLOAT, shape, 'c');
        copy(values, values.length, array);
        return array;
    }

    /**
     * Copies the first {@code length} values into {@code target}, a contiguous float array of that
     * length that is not a view.
     */
    static void copy(float[] values, int length, INDArray target) {
        if (target.length() != length || length > values.length || target.dataType() != DataType.FLOAT
                || target.isView()) {
            throw new IllegalArgumentException("cannot copy " + length + " of " + values.length + " floats into "
                    + target.shapeInfoToString());
        }
        new FloatPointer(target.data().addressPointer()).put(values, 0, length);
    }
}
