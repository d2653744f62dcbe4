package io.swiftbolt.ml.predict.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.swiftbolt.ml.predict.Architecture;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * {@link LstmTrainer}'s hand-written backpropagation against SameDiff's automatic differentiation
 * of the same graph (the native {@code lstmLayer} op and its gradient op): the second method.
 */
class LstmTrainerTest {

    private static final int STEPS = 5;
    private static final int FEATURES = 3;
    private static final int OUTPUTS = 2;
    private static final int BATCH = 6;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void gradientsMatchSameDiff(long seed) {
        SameDiffNetwork net = SameDiffNetwork.create(Architecture.LSTM, STEPS, FEATURES, OUTPUTS, 0.3, 1e-3, 1.0, seed);
        SameDiff sd = net.graph();
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = values(BATCH * STEPS * FEATURES, random, 1.0);
        float[] y = values(BATCH * OUTPUTS, random, 1.0);
        float[] sequenceMask = dropout(BATCH * SameDiffNetwork.LSTM_1, random);
        float[] vectorMask = dropout(BATCH * SameDiffNetwork.LSTM_2, random);

        INDArray[] params = new INDArray[SameDiffNetwork.LSTM_PARAMETERS.length];
        for (int i = 0; i < params.length; i++) {
            params[i] = sd.getVariable(SameDiffNetwork.LSTM_PARAMETERS[i]).getArr();
        }
        LstmTrainer trainer = new LstmTrainer(STEPS, FEATURES, OUTPUTS, params, new Adam(1e-3));
        double loss = trainer.computeGradients(x, y, sequenceMask, vectorMask, BATCH);
        INDArray[] gradients = trainer.gradients();

        Map<String, INDArray> feed = new HashMap<>();
        feed.put("input", Nd4j.create(x, new long[] {BATCH, STEPS, FEATURES}, 'c'));
        feed.put("dropout_sequence", Nd4j.create(tiledBatchMajor(sequenceMask), new long[] {BATCH, STEPS,
            SameDiffNetwork.LSTM_1}, 'c'));
        feed.put("dropout_vector", Nd4j.create(vectorMask, new long[] {BATCH, SameDiffNetwork.LSTM_2}, 'c'));
        feed.put("label", Nd4j.create(y, new long[] {BATCH, OUTPUTS}, 'c'));
        Map<String, INDArray> expected = sd.calculateGradients(feed, SameDiffNetwork.LSTM_PARAMETERS);
        double expectedLoss = sd.output(feed, "loss").get("loss").getDouble(0);

        assertThat(loss).isCloseTo(expectedLoss, Offset.offset(1e-5 * expectedLoss));
        for (int i = 0; i < params.length; i++) {
            String name = SameDiffNetwork.LSTM_PARAMETERS[i];
            INDArray want = expected.get(name).reshape(gradients[i].shape());
            double scale = Math.max(want.amaxNumber().doubleValue(), 1e-6);
            double error = gradients[i].sub(want).amaxNumber().doubleValue();
            assertThat(error / scale).as("%s (seed %d): max |difference| %g, max |gradient| %g", name, seed, error,
                    scale).isLessThan(1e-4);
        }

        // After updates (biases no longer zero) the trainer still computes the graph's function.
        for (int i = 0; i < 3; i++) {
            trainer.fit(x, y, sequenceMask, vectorMask, BATCH);
        }
        double updatedLoss = trainer.computeGradients(x, y, sequenceMask, vectorMask, BATCH);
        double expectedUpdatedLoss = sd.output(feed, "loss").get("loss").getDouble(0);
        assertThat(updatedLoss).isNotEqualTo(loss)
                .isCloseTo(expectedUpdatedLoss, Offset.offset(1e-5 * expectedUpdatedLoss));
    }

    private static float[] values(int n, SplittableRandom random, double scale) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) ((2 * random.nextDouble() - 1) * scale);
        }
        return v;
    }

    private static float[] dropout(int n, SplittableRandom random) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextDouble() < 0.7 ? 1f / 0.7f : 0f;
        }
        return v;
    }

    private static float[] tiledBatchMajor(float[] mask) {
        int w = SameDiffNetwork.LSTM_1;
        float[] out = new float[STEPS * mask.length];
        for (int b = 0; b < BATCH; b++) {
            for (int t = 0; t < STEPS; t++) {
                System.arraycopy(mask, b * w, out, (b * STEPS + t) * w, w);
            }
        }
        return out;
    }
}
