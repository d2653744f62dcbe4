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
 * 80% of a training step and costs the same per sample at any batch size, and an unrolled SameDiff
 * graph drowns in per-op session overhead. Here each step is a few dozen native calls on
 * contiguous time-major buffers that are allocated once per batch size: the input projection of
 * all time steps is one matrix product, the recurrence one product per step, the gates' derivatives
 * and the weight gradients are computed for all steps at once.
 *
 * <p>The function is the graph's: gates in the {@code lstmLayer} column order (input, forget,
 * cell, output), sigmoid gates, tanh cell and output activations, no peepholes, zero initial
 * state; the gradients match SameDiff's (see the test). The updater sees the gradient reshaped to
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
     * @param params   the graph's parameter arrays, updated in place: first layer's input weights
     *                 [features, 4·u1], recurrent weights [u1, 4·u1], bias [4·u1], the same for the
     *                 second layer, then the dense weights [u2, outputs] and bias [1, outputs]
     * @param updater  the updater configuration (one state per parameter)
     */
    LstmTrainer(int steps, int features, int outputs, INDArray[] params, IUpdater updater) {
        this.steps = steps;
        this.features = features;
        this.outputs = outputs;
        this.parameters = params.clone();
        this.first = new Layer(params[0], params[1], params[2]);
        this.second = new Layer(params[3], params[4], params[5]);
        this.outWeights = params[6];
        this.outBias = params[7];
        this.gradients = new INDArray[params.length];
        this.updaters = new GradientUpdater[params.length];
        for (int i = 0; i < params.length; i++) {
            gradients[i] = Nd4j.create(DataType.FLOAT, params[i].shape(), 'c');
            long stateSize = updater.stateSize(params[i].length());
            updaters[i] = updater.instantiate(Nd4j.zeros(DataType.FLOAT, 1, stateSize), true);
        }
        first.gradients(gradients[0], gradients[1], gradients[2]);
        second.gradients(gradients[3], gradients[4], gradients[5]);
    }

    /** Input width, units and the live parameter and gradient arrays of one LSTM layer. */
    private static final class Layer {
        final int in;
        final int units;
        final INDArray weights;
        final INDArray recurrent;
        final INDArray bias;
        INDArray weightGradient;
        INDArray recurrentGradient;
        INDArray biasGradient;

        Layer(INDArray weights, INDArray recurrent, INDArray bias) {
            this.in = (int) weights.size(0);
            this.units = (int) recurrent.size(0);
            this.weights = weights;
            this.recurrent = recurrent;
            this.bias = bias.reshape(1, 4L * units);
        }

        void gradients(INDArray weightGradient, INDArray recurrentGradient, INDArray biasGradient) {
            this.weightGradient = weightGradient;
            this.recurrentGradient = recurrentGradient;
            this.biasGradient = biasGradient.reshape(1, 4L * units);
        }
    }

    /**
     * One layer's time-major work arrays for one batch size, with the per-step views made once:
     * rows {@code t·b … (t+1)·b − 1} hold step {@code t}.
     */
    private static final class State {
        final INDArray gates;
        final INDArray derivatives;
        final INDArray cells;
        final INDArray cellTanh;
        final INDArray hidden;
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

        State(int steps, int batch, int units) {
            int rows = steps * batch;
            gates = Nd4j.create(DataType.FLOAT, new long[] {rows, 4L * units}, 'c');
            derivatives = Nd4j.create(DataType.FLOAT, new long[] {rows, 4L * units}, 'c');
            cells = Nd4j.create(DataType.FLOAT, new long[] {rows, units}, 'c');
            cellTanh = Nd4j.create(DataType.FLOAT, new long[] {rows, units}, 'c');
            hidden = Nd4j.create(DataType.FLOAT, new long[] {rows, units}, 'c');
            outputFactor = Nd4j.create(DataType.FLOAT, new long[] {rows, units}, 'c');
            gateGradients = Nd4j.create(DataType.FLOAT, new long[] {rows, 4L * units}, 'c');
            cellGradient = Nd4j.create(DataType.FLOAT, new long[] {batch, units}, 'c');
            scratch = Nd4j.create(DataType.FLOAT, new long[] {batch, units}, 'c');
            gatesAt = rows(gates, steps, batch);
            inputGate = columns(gatesAt, 0, units);
            forgetGate = columns(gatesAt, units, 2 * units);
            cellGate = columns(gatesAt, 2 * units, 3 * units);
            outputGate = columns(gatesAt, 3 * units, 4 * units);
            inputForgetGates = columns(gatesAt, 0, 2 * units);
            derivativesAt = rows(derivatives, steps, batch);
            cellsAt = rows(cells, steps, batch);
            cellTanhAt = rows(cellTanh, steps, batch);
            hiddenAt = rows(hidden, steps, batch);
            outputFactorAt = rows(outputFactor, steps, batch);
            gateGradientsAt = rows(gateGradients, steps, batch);
            inputGradient = columns(gateGradientsAt, 0, units);
            forgetGradient = columns(gateGradientsAt, units, 2 * units);
            cellGateGradient = columns(gateGradientsAt, 2 * units, 3 * units);
            outputGradient = columns(gateGradientsAt, 3 * units, 4 * units);
        }

        private static INDArray[] rows(INDArray all, int steps, int batch) {
            INDArray[] views = new INDArray[steps];
            for (int t = 0; t < steps; t++) {
                views[t] = all.get(NDArrayIndex.interval((long) t * batch, (long) (t + 1) * batch), NDArrayIndex.all());
            }
            return views;
        }

        private static INDArray[] columns(INDArray[] perStep, int from, int to) {
            INDArray[] views = new INDArray[perStep.length];
            for (int t = 0; t < perStep.length; t++) {
                views[t] = perStep[t].get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
            }
            return views;
        }
    }

    /** All work arrays for one batch size. */
    private static final class Buffers {
        final State first;
        final State second;
        final INDArray secondInput;
        final INDArray secondInputGradient;
        final INDArray[] secondInputGradientAt;
        final INDArray last;
        final INDArray prediction;
        final INDArray lastGradient;

        Buffers(int steps, int batch, Layer firstLayer, Layer secondLayer, int outputs) {
            first = new State(steps, batch, firstLayer.units);
            second = new State(steps, batch, secondLayer.units);
            secondInput = Nd4j.create(DataType.FLOAT, new long[] {(long) steps * batch, secondLayer.in}, 'c');
            secondInputGradient = Nd4j.create(DataType.FLOAT, new long[] {(long) steps * batch, secondLayer.in}, 'c');
            secondInputGradientAt = State.rows(secondInputGradient, steps, batch);
            last = Nd4j.create(DataType.FLOAT, new long[] {batch, secondLayer.units}, 'c');
            prediction = Nd4j.create(DataType.FLOAT, new long[] {batch, outputs}, 'c');
            lastGradient = Nd4j.create(DataType.FLOAT, new long[] {batch, secondLayer.units}, 'c');
        }
    }

    /**
     * One mini-batch: forward pass, gradients, one updater step.
     *
     * @param timeMajorInput the batch's windows time-major: {@code [steps][batch][features]}
     * @param labels         targets {@code [batch][outputs]}
     * @param sequenceMask   the first dropout's mask time-major {@code [steps][batch][u1]}
     * @param vectorMask     the second dropout's mask {@code [batch][u2]}
     * @param batch          rows in the batch
     * @return the batch's mean squared error before the update
     */
    double fit(float[] timeMajorInput, float[] labels, float[] sequenceMask, float[] vectorMask, int batch) {
        double loss = computeGradients(timeMajorInput, labels, sequenceMask, vectorMask, batch);
        for (int i = 0; i < parameters.length; i++) {
            INDArray flat = gradients[i].reshape(1, gradients[i].length());
            updaters[i].applyUpdater(flat, iteration, epoch);
            parameters[i].subi(gradients[i]);
        }
        iteration++;
        return loss;
    }

    /** Advances the epoch counter that the updater's learning-rate schedule reads. */
    void endEpoch() {
        epoch++;
    }

    /**
     * The gradients of the batch's mean squared error with respect to every parameter, in the
     * order of the constructor's {@code params}, left in {@link #gradients()}.
     *
     * @return the batch's mean squared error
     */
    double computeGradients(float[] timeMajorInput, float[] labels, float[] sequenceMask, float[] vectorMask,
            int batch) {
        Buffers b = buffers.computeIfAbsent(batch, k -> new Buffers(steps, k, first, second, outputs));
        INDArray x = Nd4j.create(timeMajorInput, new long[] {(long) steps * batch, features}, 'c');
        INDArray mask1 = Nd4j.create(sequenceMask, new long[] {(long) steps * batch, first.units}, 'c');
        INDArray mask2 = Nd4j.create(vectorMask, new long[] {batch, second.units}, 'c');
        INDArray y = Nd4j.create(labels, new long[] {batch, outputs}, 'c');

        forward(first, b.first, x, batch);
        b.first.hidden.mul(mask1, b.secondInput);
        forward(second, b.second, b.secondInput, batch);
        b.second.hiddenAt[steps - 1].mul(mask2, b.last);
        Nd4j.gemm(b.last, outWeights, b.prediction, false, false, 1.0, 0.0);
        b.prediction.addiRowVector(outBias);

        // d(mean squared error)/d(prediction) = 2 (prediction − y) / (batch · outputs)
        INDArray error = b.prediction.sub(y);
        double loss = error.norm2Number().doubleValue();
        loss = loss * loss / ((double) batch * outputs);
        error.muli(2.0 / ((double) batch * outputs));
        Nd4j.gemm(b.last, error, gradients[6], true, false, 1.0, 0.0);
        gradients[7].assign(error.sum(true, 0));
        Nd4j.gemm(error, outWeights, b.lastGradient, false, true, 1.0, 0.0);
        b.lastGradient.muli(mask2);

        backward(second, b.second, b.secondInput, batch, null, b.lastGradient);
        Nd4j.gemm(b.second.gateGradients, second.weights, b.secondInputGradient, false, true, 1.0, 0.0);
        b.secondInputGradient.muli(mask1);
        backward(first, b.first, x, batch, b.secondInputGradientAt, null);
        return loss;
    }

    /** The gradient arrays, in the order of the constructor's parameters (valid after a step). */
    INDArray[] gradients() {
        return gradients.clone();
    }

    private void forward(Layer layer, State s, INDArray input, int batch) {
        Nd4j.gemm(input, layer.weights, s.gates, false, false, 1.0, 0.0);
        s.gates.addiRowVector(layer.bias);
        for (int t = 0; t < steps; t++) {
            if (t > 0) {
                Nd4j.gemm(s.hiddenAt[t - 1], layer.recurrent, s.gatesAt[t], false, false, 1.0, 1.0);
            }
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
        // Local derivatives for all steps at once: a(1 − a) for the sigmoid gates, 1 − g² for the
        // cell gate; and o(1 − tanh²(c)), the factor from h to c.
        s.gates.mul(s.gates, s.derivatives);
        s.derivatives.rsubi(s.gates);
        int u = layer.units;
        INDArray cellGates = s.gates.get(NDArrayIndex.all(), NDArrayIndex.interval(2 * u, 3 * u));
        INDArray cellDerivatives = s.derivatives.get(NDArrayIndex.all(), NDArrayIndex.interval(2 * u, 3 * u));
        cellGates.mul(cellGates, cellDerivatives);
        cellDerivatives.rsubi(1.0);
        s.cellTanh.mul(s.cellTanh, s.outputFactor);
        s.outputFactor.rsubi(1.0);
        s.outputFactor.muli(s.gates.get(NDArrayIndex.all(), NDArrayIndex.interval(3 * u, 4 * u)));
    }

    /**
     * Backpropagation through time. The gradient reaching the layer's outputs is either per step
     * ({@code hiddenGradientAt}, overwritten) or at the last step only ({@code lastGradient}).
     */
    private void backward(Layer layer, State s, INDArray input, int batch, INDArray[] hiddenGradientAt,
            INDArray lastGradient) {
        INDArray dh = s.scratch;
        INDArray dc = s.cellGradient;
        for (int t = steps - 1; t >= 0; t--) {
            if (hiddenGradientAt != null) {
                dh = hiddenGradientAt[t];
                if (t < steps - 1) {
                    Nd4j.gemm(s.gateGradientsAt[t + 1], layer.recurrent, dh, false, true, 1.0, 1.0);
                }
            } else if (t == steps - 1) {
                dh = lastGradient;
            } else {
                dh = s.scratch;
                Nd4j.gemm(s.gateGradientsAt[t + 1], layer.recurrent, dh, false, true, 1.0, 0.0);
            }
            Nd4j.exec(new MulOp(dh, s.cellTanhAt[t], s.outputGradient[t]));
            if (t == steps - 1) {
                Nd4j.exec(new MulOp(dh, s.outputFactorAt[t], dc));
            } else {
                // dh is no longer needed: reuse it for dh · o(1 − tanh²(c)).
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
        Nd4j.gemm(input, s.gateGradients, layer.weightGradient, true, false, 1.0, 0.0);
        long rows = (long) steps * batch;
        Nd4j.gemm(s.hidden.get(NDArrayIndex.interval(0, rows - batch), NDArrayIndex.all()),
                s.gateGradients.get(NDArrayIndex.interval(batch, rows), NDArrayIndex.all()),
                layer.recurrentGradient, true, false, 1.0, 0.0);
        layer.biasGradient.assign(s.gateGradients.sum(true, 0));
    }
}
