package io.swiftbolt.ml.predict.dl4j;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Training steps of the LSTM network (LSTM → sequence dropout → LSTM, last step → vector dropout
 * → dense, mean squared error) by explicit backpropagation through time on ND4J arrays, updating
 * the parameter arrays of the SameDiff graph in place with ND4J's own updater.
 *
 * <p>Why not SameDiff's {@code fit}: in 1.0.0-M2.1 the native {@code lstmLayer_bp} op took about
 * 80% of a training step, at the same cost per sample for any batch size, and an unrolled SameDiff
 * graph drowns in per-op session overhead. Here a step is a few hundred native calls on buffers
 * allocated once per batch size. The work arrays are feature-major ({@code [steps][width][batch]}):
 * each gate of each step is then one contiguous block, and ND4J's elementwise ops are several times
 * slower on strided views than on contiguous memory.
 *
 * <p>The function is the graph's: gates in the {@code lstmLayer} column order (input, forget,
 * cell, output), sigmoid gates, tanh cell and output activations, no peepholes, zero initial
 * state; the gradients match SameDiff's (see the test). The updater sees each gradient reshaped to
 * {@code [1, n]} with the iteration and epoch counters, as SameDiff's training session does.
 * Deterministic on one thread. Not thread-safe.
 */
final class LstmTrainer {

    private final int steps;
    private final int features;
    private final int outputs;
    private final Layer first;
    private final Layer second;
    private final INDArray outWeights;
    private final INDArray outBias;
    private final INDArray[] parameters;
    private final INDArray[] gradients;
    private final GradientUpdater[] updaters;
    private final Map<Integer, Buffers> buffers = new HashMap<>();
    private int iteration;
    private int epoch;

    /**
     * @param steps    time steps per window
     * @param features features per step
     * @param outputs  outputs per row
     * @param params   the graph's parameter arrays, updated in place: the first layer's input
     *                 weights [features, 4·u1], recurrent weights [u1, 4·u1] and bias [4·u1], the
     *                 same for the second layer, then the dense weights [u2, outputs] and bias
     *                 [1, outputs]; all contiguous
     * @param updater  the updater configuration (one state per parameter)
     */
    LstmTrainer(int steps, int features, int outputs, INDArray[] params, IUpdater updater) {
        this.steps = steps;
        this.features = features;
        this.outputs = outputs;
        this.parameters = params.clone();
        this.gradients = new INDArray[params.length];
        this.updaters = new GradientUpdater[params.length];
        for (int i = 0; i < params.length; i++) {
            gradients[i] = Nd4j.create(DataType.FLOAT, params[i].shape(), 'c');
            long stateSize = updater.stateSize(params[i].length());
            updaters[i] = updater.instantiate(Nd4j.zeros(DataType.FLOAT, 1, stateSize), true);
        }
        this.first = new Layer(params, gradients, 0);
        this.second = new Layer(params, gradients, 3);
        this.outWeights = params[6];
        this.outBias = params[7].reshape(outputs, 1);
    }

    /** Widths and the live parameter and gradient arrays of one LSTM layer. */
    private static final class Layer {
        final int in;
        final int units;
        final INDArray weights;
        final INDArray recurrent;
        /** The bias as a column [4·units, 1], a view of the parameter. */
        final INDArray bias;
        final INDArray weightGradient;
        final INDArray recurrentGradient;
        final INDArray biasGradient;

        Layer(INDArray[] params, INDArray[] gradients, int at) {
            this.in = (int) params[at].size(0);
            this.units = (int) params[at + 1].size(0);
            this.weights = params[at];
            this.recurrent = params[at + 1];
            this.bias = params[at + 2].reshape(4L * units, 1);
            this.weightGradient = gradients[at];
            this.recurrentGradient = gradients[at + 1];
            this.biasGradient = gradients[at + 2];
        }
    }

    /**
     * One layer's work arrays for one batch size, {@code [steps][rows][batch]}, with the per-step
     * and per-gate views made once.
     */
    private static final class State {
        final INDArray gates;
        final INDArray derivatives;
        final INDArray cellTanh;
        final INDArray outputFactor;
        final INDArray gateGradients;
        final INDArray cellGradient;
        final INDArray scratch;
        final INDArray[] gatesAt;
        final INDArray[] inputGate;
        final INDArray[] forgetGate;
        final INDArray[] cellGate;
        final INDArray[] outputGate;
        final INDArray[] inputForgetGates;
        final INDArray[] derivativesAt;
        final INDArray[] cellsAt;
        final INDArray[] cellTanhAt;
        final INDArray[] hiddenAt;
        final INDArray[] outputFactorAt;
        final INDArray[] gateGradientsAt;
        final INDArray[] inputGradient;
        final INDArray[] forgetGradient;
        final INDArray[] cellGateGradient;
        final INDArray[] outputGradient;
        final INDArray hidden;

        State(int steps, int batch, int units) {
            gates = Nd4j.create(DataType.FLOAT, new long[] {steps, 4L * units, batch}, 'c');
            derivatives = Nd4j.create(DataType.FLOAT, new long[] {steps, 4L * units, batch}, 'c');
            INDArray cells = Nd4j.create(DataType.FLOAT, new long[] {steps, units, batch}, 'c');
            cellTanh = Nd4j.create(DataType.FLOAT, new long[] {steps, units, batch}, 'c');
            hidden = Nd4j.create(DataType.FLOAT, new long[] {steps, units, batch}, 'c');
            outputFactor = Nd4j.create(DataType.FLOAT, new long[] {steps, units, batch}, 'c');
            gateGradients = Nd4j.create(DataType.FLOAT, new long[] {steps, 4L * units, batch}, 'c');
            cellGradient = Nd4j.create(DataType.FLOAT, new long[] {units, batch}, 'c');
            scratch = Nd4j.create(DataType.FLOAT, new long[] {units, batch}, 'c');
            gatesAt = perStep(gates, steps);
            inputGate = rows(gatesAt, 0, units);
            forgetGate = rows(gatesAt, units, 2 * units);
            cellGate = rows(gatesAt, 2 * units, 3 * units);
            outputGate = rows(gatesAt, 3 * units, 4 * units);
            inputForgetGates = rows(gatesAt, 0, 2 * units);
            derivativesAt = perStep(derivatives, steps);
            cellsAt = perStep(cells, steps);
            cellTanhAt = perStep(cellTanh, steps);
            hiddenAt = perStep(hidden, steps);
            outputFactorAt = perStep(outputFactor, steps);
            gateGradientsAt = perStep(gateGradients, steps);
            inputGradient = rows(gateGradientsAt, 0, units);
            forgetGradient = rows(gateGradientsAt, units, 2 * units);
            cellGateGradient = rows(gateGradientsAt, 2 * units, 3 * units);
            outputGradient = rows(gateGradientsAt, 3 * units, 4 * units);
        }

        static INDArray[] perStep(INDArray all, int steps) {
            INDArray[] views = new INDArray[steps];
            for (int t = 0; t < steps; t++) {
                views[t] = all.get(NDArrayIndex.point(t), NDArrayIndex.all(), NDArrayIndex.all());
            }
            return views;
        }

        private static INDArray[] rows(INDArray[] perStep, int from, int to) {
            INDArray[] views = new INDArray[perStep.length];
            for (int t = 0; t < perStep.length; t++) {
                views[t] = perStep[t].get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
            }
            return views;
        }

        /** Rows {@code from … to − 1} of every step, [steps, to − from, batch] (a strided view). */
        static INDArray rowsOfAll(INDArray all, int from, int to) {
            return all.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to), NDArrayIndex.all());
        }
    }

    /** All work arrays for one batch size, and the staging arrays of its inputs. */
    private static final class Buffers {
        final int batch;
        final State first;
        final State second;
        final INDArray input;
        final INDArray[] inputAt;
        final INDArray sequenceMask;
        final INDArray vectorMask;
        final INDArray labels;
        final INDArray secondInput;
        final INDArray[] secondInputAt;
        final INDArray secondInputGradient;
        final INDArray[] secondInputGradientAt;
        final INDArray last;
        final INDArray prediction;
        final INDArray lastGradient;
        final float[] stage;

        Buffers(int steps, int features, int batch, Layer firstLayer, Layer secondLayer, int outputs) {
            this.batch = batch;
            first = new State(steps, batch, firstLayer.units);
            second = new State(steps, batch, secondLayer.units);
            input = Nd4j.create(DataType.FLOAT, new long[] {steps, features, batch}, 'c');
            inputAt = State.perStep(input, steps);
            sequenceMask = Nd4j.create(DataType.FLOAT, new long[] {steps, firstLayer.units, batch}, 'c');
            vectorMask = Nd4j.create(DataType.FLOAT, new long[] {secondLayer.units, batch}, 'c');
            labels = Nd4j.create(DataType.FLOAT, new long[] {outputs, batch}, 'c');
            secondInput = Nd4j.create(DataType.FLOAT, new long[] {steps, secondLayer.in, batch}, 'c');
            secondInputAt = State.perStep(secondInput, steps);
            secondInputGradient = Nd4j.create(DataType.FLOAT, new long[] {steps, secondLayer.in, batch}, 'c');
            secondInputGradientAt = State.perStep(secondInputGradient, steps);
            last = Nd4j.create(DataType.FLOAT, new long[] {secondLayer.units, batch}, 'c');
            prediction = Nd4j.create(DataType.FLOAT, new long[] {outputs, batch}, 'c');
            lastGradient = Nd4j.create(DataType.FLOAT, new long[] {secondLayer.units, batch}, 'c');
            stage = new float[(int) Math.max(input.length(), sequenceMask.length())];
        }
    }

    /**
     * One mini-batch: forward pass, gradients, one updater step.
     *
     * @param x            the batch's windows {@code [batch][steps][features]}
     * @param y            targets {@code [batch][outputs]}
     * @param sequenceMask the first dropout's mask {@code [batch][u1]}, the same at every step
     * @param vectorMask   the second dropout's mask {@code [batch][u2]}
     * @param batch        rows in the batch
     * @return the batch's mean squared error before the update
     */
    double fit(float[] x, float[] y, float[] sequenceMask, float[] vectorMask, int batch) {
        double loss = computeGradients(x, y, sequenceMask, vectorMask, batch);
        for (int i = 0; i < parameters.length; i++) {
            updaters[i].applyUpdater(gradients[i].reshape(1, gradients[i].length()), iteration, epoch);
            parameters[i].subi(gradients[i]);
        }
        iteration++;
        return loss;
    }

    /** Advances the epoch counter that the updater's learning-rate schedule reads. */
    void endEpoch() {
        epoch++;
    }

    /** The gradient arrays, in the order of the constructor's parameters (set by a step). */
    INDArray[] gradients() {
        return gradients.clone();
    }

    /**
     * The gradients of the batch's mean squared error with respect to every parameter, left in
     * {@link #gradients()}; arguments as for {@link #fit}.
     *
     * @return the batch's mean squared error
     */
    double computeGradients(float[] x, float[] y, float[] sequenceMask, float[] vectorMask, int batch) {
        Buffers b = buffers.computeIfAbsent(batch, k -> new Buffers(steps, features, k, first, second, outputs));
        stage(b, b.input, x, steps, features, 1);
        stage(b, b.sequenceMask, sequenceMask, 1, first.units, steps);
        stage(b, b.vectorMask, vectorMask, 1, second.units, 1);
        stage(b, b.labels, y, 1, outputs, 1);

        forward(first, b.first, b.inputAt);
        b.first.hidden.mul(b.sequenceMask, b.secondInput);
        forward(second, b.second, b.secondInputAt);
        b.second.hiddenAt[steps - 1].mul(b.vectorMask, b.last);
        Nd4j.gemm(outWeights, b.last, b.prediction, true, false, 1.0, 0.0);
        b.prediction.addiColumnVector(outBias);

        // d(mean squared error)/d(prediction) = 2 (prediction − y) / (batch · outputs)
        INDArray error = b.prediction.subi(b.labels);
        double norm = error.norm2Number().doubleValue();
        double count = (double) batch * outputs;
        error.muli(2.0 / count);
        Nd4j.gemm(b.last, error, gradients[6], false, true, 1.0, 0.0);
        gradients[7].assign(error.sum(1));
        Nd4j.gemm(outWeights, error, b.lastGradient, false, false, 1.0, 0.0);
        b.lastGradient.muli(b.vectorMask);

        backward(second, b.second, b.secondInputAt, null, b.lastGradient);
        for (int t = 0; t < steps; t++) {
            Nd4j.gemm(second.weights, b.second.gateGradientsAt[t], b.secondInputGradientAt[t], false, false, 1.0, 0.0);
        }
        b.secondInputGradient.muli(b.sequenceMask);
        backward(first, b.first, b.inputAt, b.secondInputGradientAt, null);
        return norm * norm / count;
    }

    /**
     * Copies {@code source} [batch][blocks][width] into {@code target} [copies·blocks][width][batch]
     * (transposing each row's blocks; with {@code blocks = 1} and {@code copies > 1}, the same block
     * repeated for every step).
     */
    private static void stage(Buffers b, INDArray target, float[] source, int blocks, int width, int copies) {
        int batch = b.batch;
        float[] out = b.stage;
        for (int k = 0; k < batch; k++) {
            for (int s = 0; s < blocks; s++) {
                int from = (k * blocks + s) * width;
                for (int j = 0; j < width; j++) {
                    out[(s * width + j) * batch + k] = source[from + j];
                }
            }
        }
        int block = blocks * width * batch;
        for (int c = 1; c < copies; c++) {
            System.arraycopy(out, 0, out, c * block, block);
        }
        FloatArrays.copy(out, (int) target.length(), target);
    }

    private void forward(Layer layer, State s, INDArray[] inputAt) {
        for (int t = 0; t < steps; t++) {
            Nd4j.gemm(layer.weights, inputAt[t], s.gatesAt[t], true, false, 1.0, 0.0);
            if (t > 0) {
                Nd4j.gemm(layer.recurrent, s.hiddenAt[t - 1], s.gatesAt[t], true, false, 1.0, 1.0);
            }
            s.gatesAt[t].addiColumnVector(layer.bias);
            Nd4j.exec(new Sigmoid(s.inputForgetGates[t], s.inputForgetGates[t]));
            Nd4j.exec(new Tanh(s.cellGate[t], s.cellGate[t]));
            Nd4j.exec(new Sigmoid(s.outputGate[t], s.outputGate[t]));
            Nd4j.exec(new MulOp(s.inputGate[t], s.cellGate[t], s.cellsAt[t]));
            if (t > 0) {
                Nd4j.exec(new MulOp(s.forgetGate[t], s.cellsAt[t - 1], s.scratch));
                s.cellsAt[t].addi(s.scratch);
            }
            Nd4j.exec(new Tanh(s.cellsAt[t], s.cellTanhAt[t]));
            Nd4j.exec(new MulOp(s.outputGate[t], s.cellTanhAt[t], s.hiddenAt[t]));
        }
        // Local derivatives of all steps at once: a(1 − a) for the sigmoid gates, 1 − g² for the
        // cell gate; and o(1 − tanh²(c)), the factor from h to c.
        int u = layer.units;
        s.gates.mul(s.gates, s.derivatives);
        s.derivatives.rsubi(s.gates);
        INDArray cellGates = State.rowsOfAll(s.gates, 2 * u, 3 * u);
        INDArray cellDerivatives = State.rowsOfAll(s.derivatives, 2 * u, 3 * u);
        cellGates.mul(cellGates, cellDerivatives);
        cellDerivatives.rsubi(1.0);
        s.cellTanh.mul(s.cellTanh, s.outputFactor);
        s.outputFactor.rsubi(1.0);
        s.outputFactor.muli(State.rowsOfAll(s.gates, 3 * u, 4 * u));
    }

    /**
     * Backpropagation through time, then the parameter gradients. The gradient reaching the
     * layer's outputs is either per step ({@code hiddenGradientAt}, overwritten) or at the last
     * step only ({@code lastGradient}).
     */
    private void backward(Layer layer, State s, INDArray[] inputAt, INDArray[] hiddenGradientAt,
            INDArray lastGradient) {
        INDArray dc = s.cellGradient;
        for (int t = steps - 1; t >= 0; t--) {
            INDArray dh;
            if (hiddenGradientAt != null) {
                dh = hiddenGradientAt[t];
                if (t < steps - 1) {
                    Nd4j.gemm(layer.recurrent, s.gateGradientsAt[t + 1], dh, false, false, 1.0, 1.0);
                }
            } else if (t == steps - 1) {
                dh = lastGradient;
            } else {
                dh = s.scratch;
                Nd4j.gemm(layer.recurrent, s.gateGradientsAt[t + 1], dh, false, false, 1.0, 0.0);
            }
            Nd4j.exec(new MulOp(dh, s.cellTanhAt[t], s.outputGradient[t]));
            if (t == steps - 1) {
                Nd4j.exec(new MulOp(dh, s.outputFactorAt[t], dc));
            } else {
                dh.muli(s.outputFactorAt[t]);
                dc.addi(dh);
            }
            Nd4j.exec(new MulOp(dc, s.cellGate[t], s.inputGradient[t]));
            Nd4j.exec(new MulOp(dc, s.inputGate[t], s.cellGateGradient[t]));
            if (t > 0) {
                Nd4j.exec(new MulOp(dc, s.cellsAt[t - 1], s.forgetGradient[t]));
                dc.muli(s.forgetGate[t]);
            } else {
                s.forgetGradient[t].assign(0);
            }
            s.gateGradientsAt[t].muli(s.derivativesAt[t]);
        }
        for (int t = 0; t < steps; t++) {
            double beta = t == 0 ? 0.0 : 1.0;
            Nd4j.gemm(inputAt[t], s.gateGradientsAt[t], layer.weightGradient, false, true, 1.0, beta);
        }
        for (int t = 1; t < steps; t++) {
            double beta = t == 1 ? 0.0 : 1.0;
            Nd4j.gemm(s.hiddenAt[t - 1], s.gateGradientsAt[t], layer.recurrentGradient, false, true, 1.0, beta);
        }
        if (steps == 1) {
            layer.recurrentGradient.assign(0);
        }
        layer.biasGradient.assign(s.gateGradients.sum(0, 2));
    }
}
