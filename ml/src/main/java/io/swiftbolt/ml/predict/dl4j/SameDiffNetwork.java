package io.swiftbolt.ml.predict.dl4j;

import io.swiftbolt.core.util.ArgChecks;
import io.swiftbolt.ml.predict.Architecture;
import io.swiftbolt.ml.predict.SequenceNetwork;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.TrainingConfig;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * A {@link SequenceNetwork} as a SameDiff graph: the native {@code lstmLayer} op for the LSTM and
 * explicit ops (multi-head dot-product attention, layer norm) for the Transformer, in 32-bit
 * floats. The Transformer trains with SameDiff's {@code fit}; the LSTM with {@link LstmTrainer},
 * which updates the same parameter arrays several times faster than {@code lstmLayer}'s gradient
 * op.
 *
 * <p>Dropout is a multiplication by mask placeholders holding {@code 0} or {@code 1/keep}
 * (inverted dropout), drawn in Java from the caller's {@link SplittableRandom}: reproducible from
 * a seed, differentiable (SameDiff's own dropout op has no gradient in 1.0.0-M2.1), and switched
 * off by feeding ones. Weights are initialized (Glorot uniform, zero biases) from the seed in Java,
 * so two networks built with the same seed are identical.
 *
 * <p>Not thread-safe.
 */
final class SameDiffNetwork implements SequenceNetwork {

    /** Width of the Transformer's model dimension. */
    static final int MODEL_WIDTH = 64;
    /** Attention heads of the Transformer. */
    static final int HEADS = 4;
    /** Hidden width of the Transformer's feed-forward block. */
    static final int FEED_FORWARD = 128;
    /** Units of the first and second LSTM layers. */
    static final int LSTM_1 = 64;
    static final int LSTM_2 = 32;

    private static final String INPUT = "input";
    private static final String LABEL = "label";
    private static final String OUTPUT = "output";
    private static final String LOSS = "loss";
    private static final String MASK_SEQUENCE = "dropout_sequence";
    private static final String MASK_VECTOR = "dropout_vector";
    private static final String EXPAND = "expand";
    /** The LSTM graph's parameters in {@link LstmTrainer}'s order. */
    static final String[] LSTM_PARAMETERS = {
        "lstm1_w", "lstm1_rw", "lstm1_b", "lstm2_w", "lstm2_rw", "lstm2_b", "out_w", "out_b"};
    private static final Object STDOUT_LOCK = new Object();
    /** First four bytes of a saved network ("SBNN"). */
    private static final int MAGIC = 0x53424e4e;

    private final SameDiff sd;
    /**
     * The same network for Monte-Carlo passes, inference only: the layers before the first dropout
     * run once per window and a gather on a row-index placeholder expands their output to one copy
     * per pass. (A separate graph because SameDiff 1.0.0-M2.1 cannot differentiate that gather.)
     * Its parameters are copied from {@link #sd} before each use.
     */
    private final SameDiff monteCarlo;
    private final Architecture architecture;
    private final int sequenceLength;
    private final int features;
    private final int outputs;
    private final float keep;
    /** Per-sample mask widths: the sequence mask is [steps, w0], the vector mask [w1]. */
    private final int sequenceMaskWidth;
    private final int vectorMaskWidth;
    private final List<SDVariable> trainable;
    private final List<SDVariable> monteCarloParameters;
    /** The LSTM's training steps (null for the Transformer, which SameDiff's {@code fit} trains). */
    private final LstmTrainer lstmTrainer;

    private SameDiffNetwork(SameDiff sd, SameDiff monteCarlo, Architecture architecture, int sequenceLength,
            int features, int outputs, double dropout, LstmTrainer lstmTrainer) {
        this.sd = sd;
        this.monteCarlo = monteCarlo;
        this.architecture = architecture;
        this.sequenceLength = sequenceLength;
        this.features = features;
        this.outputs = outputs;
        this.keep = (float) (1.0 - dropout);
        this.sequenceMaskWidth = architecture == Architecture.LSTM ? LSTM_1 : MODEL_WIDTH;
        this.vectorMaskWidth = architecture == Architecture.LSTM ? LSTM_2 : MODEL_WIDTH;
        this.trainable = parametersOf(sd);
        this.monteCarloParameters = parametersOf(monteCarlo);
        this.lstmTrainer = lstmTrainer;
    }

    private static List<SDVariable> parametersOf(SameDiff graph) {
        List<SDVariable> vars = new ArrayList<>();
        for (SDVariable v : graph.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                vars.add(v);
            }
        }
        vars.sort(Comparator.comparing(SDVariable::name));
        return List.copyOf(vars);
    }

    /**
     * Builds a freshly initialized network.
     *
     * @param architecture   the architecture
     * @param sequenceLength time steps per window
     * @param features       features per step
     * @param outputs        outputs per row
     * @param dropout        the drop probability of the dropout masks, in [0, 1)
     * @param learningRate   Adam's initial learning rate
     * @param decayPerEpoch  factor applied to the learning rate after each epoch, in (0, 1]
     * @param seed           the seed of the weight initialization
     * @return the network
     */
    static SameDiffNetwork create(Architecture architecture, int sequenceLength, int features, int outputs,
            double dropout, double learningRate, double decayPerEpoch, long seed) {
        SameDiff sd = graph(architecture, sequenceLength, features, outputs, seed, false);
        SDVariable label = sd.placeHolder(LABEL, DataType.FLOAT, -1, outputs);
        sd.loss().meanSquaredError(LOSS, label, sd.getVariable(OUTPUT), null);
        sd.setLossVariables(LOSS);
        Adam updater = new Adam(new ExponentialSchedule(ScheduleType.EPOCH, learningRate, decayPerEpoch));
        LstmTrainer lstmTrainer = null;
        if (architecture == Architecture.LSTM) {
            INDArray[] params = new INDArray[LSTM_PARAMETERS.length];
            for (int i = 0; i < params.length; i++) {
                params[i] = sd.getVariable(LSTM_PARAMETERS[i]).getArr();
            }
            lstmTrainer = new LstmTrainer(sequenceLength, features, outputs, params, updater);
        } else {
            sd.setTrainingConfig(TrainingConfig.builder()
                    .updater(updater)
                    .dataSetFeatureMapping(INPUT, MASK_SEQUENCE, MASK_VECTOR)
                    .dataSetLabelMapping(LABEL)
                    .build());
            // SameDiff 1.0.0-M2.1 prints one line per op to System.out while differentiating; keep it off stdout.
            synchronized (STDOUT_LOCK) {
                PrintStream original = System.out;
                System.setOut(new PrintStream(OutputStream.nullOutputStream()));
                try {
                    sd.createGradFunction();
                } finally {
                    System.setOut(original);
                }
            }
        }
        SameDiff monteCarlo = graph(architecture, sequenceLength, features, outputs, seed, true);
        return new SameDiffNetwork(sd, monteCarlo, architecture, sequenceLength, features, outputs, dropout,
                lstmTrainer);
    }

    /**
     * The forward graph from the input and mask placeholders to {@code OUTPUT}; with
     * {@code expanded}, an {@code EXPAND} row-index placeholder repeats the rows after the
     * deterministic layers.
     */
    private static SameDiff graph(Architecture architecture, int sequenceLength, int features, int outputs, long seed,
            boolean expanded) {
        SameDiff sd = SameDiff.create();
        Init init = new Init(new SplittableRandom(seed));
        SDVariable x = sd.placeHolder(INPUT, DataType.FLOAT, -1, sequenceLength, features);
        int seqWidth = architecture == Architecture.LSTM ? LSTM_1 : MODEL_WIDTH;
        int vecWidth = architecture == Architecture.LSTM ? LSTM_2 : MODEL_WIDTH;
        SDVariable maskSeq = sd.placeHolder(MASK_SEQUENCE, DataType.FLOAT, -1, sequenceLength, seqWidth);
        SDVariable maskVec = sd.placeHolder(MASK_VECTOR, DataType.FLOAT, -1, vecWidth);
        SDVariable expand = expanded ? sd.placeHolder(EXPAND, DataType.INT, -1) : null;
        SDVariable last = architecture == Architecture.LSTM
                ? lstm(sd, init, x, expand, maskSeq, features)
                : transformer(sd, init, x, expand, maskSeq, sequenceLength, features);
        SDVariable dropped = last.mul(maskVec);
        SDVariable w = sd.var("out_w", init.glorot(vecWidth, outputs));
        SDVariable b = sd.var("out_b", Nd4j.zeros(DataType.FLOAT, 1, outputs));
        dropped.mmul(w).add(OUTPUT, b);
        return sd;
    }

    /** Rows of {@code v} picked by {@code expand}, or {@code v} itself without an expansion. */
    private static SDVariable expanded(SameDiff sd, SDVariable v, SDVariable expand) {
        return expand == null ? v : sd.gather(v, expand, 0);
    }

    /** LSTM(64) → [expand] → sequence mask → LSTM(32), returning the last hidden state [rows, 32]. */
    private static SDVariable lstm(SameDiff sd, Init init, SDVariable x, SDVariable expand, SDVariable maskSeq,
            int features) {
        SDVariable h1 = sd.rnn().lstmLayer(x, lstmWeights(sd, init, "lstm1", features, LSTM_1),
                lstmConfig(true))[0];
        SDVariable h1d = expanded(sd, h1, expand).mul(maskSeq);
        return sd.rnn().lstmLayer(h1d, lstmWeights(sd, init, "lstm2", LSTM_1, LSTM_2), lstmConfig(false))[0];
    }

    private static LSTMLayerWeights lstmWeights(SameDiff sd, Init init, String name, int in, int units) {
        INDArray bias = Nd4j.zeros(DataType.FLOAT, 4 * units);
        return LSTMLayerWeights.builder()
                .weights(sd.var(name + "_w", init.glorot(in, 4 * units)))
                .rWeights(sd.var(name + "_rw", init.glorot(units, 4 * units)))
                .bias(sd.var(name + "_b", bias))
                .build();
    }

    private static LSTMLayerConfig lstmConfig(boolean fullSequence) {
        return LSTMLayerConfig.builder()
                .lstmdataformat(LSTMDataFormat.NTS)
                .directionMode(LSTMDirectionMode.FWD)
                .gateAct(LSTMActivations.SIGMOID)
                .cellAct(LSTMActivations.TANH)
                .outAct(LSTMActivations.TANH)
                .retFullSequence(fullSequence)
                .retLastH(!fullSequence)
                .retLastC(false)
                .cellClip(0)
                .build();
    }

    /**
     * The encoder block; returns the time-averaged representation [b, 64].
     *
     * <p>Attention is spelled out (one projection for queries, keys and values of all heads,
     * batched matmuls over [b, heads, steps, head]) rather than the native
     * {@code multi_head_dot_product_attention} op: same function and parameters, but its gradient
     * op was the slowest part of a training step in 1.0.0-M2.1.
     */
    private static SDVariable transformer(SameDiff sd, Init init, SDVariable x, SDVariable expand,
            SDVariable maskSeq, int steps, int features) {
        int d = MODEL_WIDTH;
        int head = d / HEADS;
        SDVariable flat = x.reshape(-1, features);
        SDVariable projected = flat.mmul(sd.var("proj_w", init.glorot(features, d)))
                .add(sd.var("proj_b", Nd4j.zeros(DataType.FLOAT, 1, d)));
        SDVariable h = projected.reshape(-1, steps, d).add(sd.constant("position", positionalEncoding(steps, d)));
        // Parameters keep the [heads, head, d] layout of the native op: W · x per head.
        SDVariable wq = sd.var("att_wq", init.glorot(HEADS, head, d));
        SDVariable wk = sd.var("att_wk", init.glorot(HEADS, head, d));
        SDVariable wv = sd.var("att_wv", init.glorot(HEADS, head, d));
        SDVariable wo = sd.var("att_wo", init.glorot(HEADS * head, d));
        SDVariable qkvWeights = sd.concat(0, wq, wk, wv).reshape(3 * HEADS * head, d);
        SDVariable qkv = sd.mmul(h.reshape(-1, d), qkvWeights, false, true, false)
                .reshape(-1, steps, 3, HEADS, head).permute(2, 0, 3, 1, 4);
        SDVariable[] qkvSplit = sd.unstack(qkv, 0, 3);
        SDVariable scores = sd.mmul(qkvSplit[0], qkvSplit[1], false, true, false).mul(1.0 / Math.sqrt(head));
        SDVariable context = sd.nn().softmax(scores, -1).mmul(qkvSplit[2]).permute(0, 2, 1, 3)
                .reshape(-1, HEADS * head);
        SDVariable attention = context.mmul(wo).reshape(-1, steps, d);
        SDVariable attended = expanded(sd, attention, expand).mul(maskSeq);
        SDVariable ones = sd.constant("ones_row", Nd4j.ones(DataType.FLOAT, 1, d));
        SDVariable norm1 = sd.nn().biasAdd(standardized(sd, expanded(sd, h, expand).add(attended).reshape(-1, d), ones)
                .mmul(sd.math().diag(sd.var("ln1_gain", Nd4j.ones(DataType.FLOAT, d)))),
                sd.var("ln1_bias", Nd4j.zeros(DataType.FLOAT, d)), true);
        SDVariable ff = sd.nn().relu(norm1.mmul(sd.var("ff1_w", init.glorot(d, FEED_FORWARD)))
                .add(sd.var("ff1_b", Nd4j.zeros(DataType.FLOAT, 1, FEED_FORWARD))), 0.0)
                .mmul(sd.var("ff2_w", init.glorot(FEED_FORWARD, d)))
                .add(sd.var("ff2_b", Nd4j.zeros(DataType.FLOAT, 1, d)));
        // The second norm's gain and bias act after the time average, which they commute with:
        // the same function on [b, d] instead of [b·steps, d].
        SDVariable averaged = standardized(sd, norm1.add(ff), ones).reshape(-1, steps, d).mean(1);
        return averaged.mul(sd.var("ln2_gain", Nd4j.ones(DataType.FLOAT, d)))
                .add(sd.var("ln2_bias", Nd4j.zeros(DataType.FLOAT, d)));
    }

    /**
     * The normalizing half of layer normalization, rows of {@code x} [n, d]:
     * {@code (x - mean) / sqrt(var + 1e-5)} with the population variance; the caller applies the
     * gain and bias. Built from plain ops because the gradients of the native {@code layer_norm}
     * and of broadcasting multiplications over [n, d] are slow in 1.0.0-M2.1 (a broadcasting
     * subtraction is not): the per-row scale is spread over the columns by an outer product with
     * {@code onesRow} [1, d] (and a gain over [n, d] is best a product with {@code diag(gain)}).
     */
    private static SDVariable standardized(SameDiff sd, SDVariable x, SDVariable onesRow) {
        SDVariable centered = x.sub(x.mean(true, 1));
        SDVariable variance = centered.mul(centered).mean(true, 1);
        return centered.mul(sd.math().rsqrt(variance.add(1e-5)).mmul(onesRow));
    }

    /** Sinusoidal positions (Vaswani et al. 2017), shape [1, steps, width]. */
    private static INDArray positionalEncoding(int steps, int width) {
        float[] pe = new float[steps * width];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < width; i += 2) {
                double angle = t / Math.pow(10000.0, (double) i / width);
                pe[t * width + i] = (float) Math.sin(angle);
                if (i + 1 < width) {
                    pe[t * width + i + 1] = (float) Math.cos(angle);
                }
            }
        }
        return Nd4j.create(pe, new long[] {1, steps, width}, 'c');
    }

    /** Glorot-uniform initialization from a seeded source. */
    private static final class Init {
        private final SplittableRandom random;

        Init(SplittableRandom random) {
            this.random = random;
        }

        INDArray glorot(long... shape) {
            long fanIn = shape.length == 3 ? shape[2] : shape[0];
            long fanOut = shape.length == 3 ? shape[0] * shape[1] : shape[1];
            double limit = Math.sqrt(6.0 / (fanIn + fanOut));
            int n = 1;
            for (long s : shape) {
                n *= (int) s;
            }
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = (float) ((2 * random.nextDouble() - 1) * limit);
            }
            return Nd4j.create(values, shape, 'c');
        }
    }

    /**
     * Loads a network saved by {@link #save}: rebuilds the graph for the architecture and sets the
     * saved parameters. (SameDiff's own flat-buffer format cannot read back an {@code lstmLayer}
     * op in 1.0.0-M2.1: {@code LSTMLayer.configureWithSameDiff} fails, so parameters travel in a
     * small format of this class.)
     *
     * @param file           the file
     * @param architecture   the architecture it was built with
     * @param sequenceLength time steps per window
     * @param features       features per step
     * @param outputs        outputs per row
     * @param dropout        the drop probability it was trained with
     * @return the network
     */
    static SameDiffNetwork load(Path file, Architecture architecture, int sequenceLength, int features, int outputs,
            double dropout) {
        float[] parameters;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int magic = in.readInt();
            String savedArchitecture = in.readUTF();
            int[] shape = {in.readInt(), in.readInt(), in.readInt()};
            if (magic != MAGIC || !savedArchitecture.equals(architecture.name()) || shape[0] != sequenceLength
                    || shape[1] != features || shape[2] != outputs) {
                throw new IllegalArgumentException("network file " + file + " holds " + savedArchitecture + " over "
                        + shape[0] + " steps x " + shape[1] + " features -> " + shape[2] + " outputs, expected "
                        + architecture + " over " + sequenceLength + " x " + features + " -> " + outputs);
            }
            parameters = new float[in.readInt()];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = in.readFloat();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        // Learning-rate settings only matter for training, which a loaded network does not resume.
        SameDiffNetwork net = create(architecture, sequenceLength, features, outputs, dropout, 1e-3, 1.0, 0L);
        net.setParameters(parameters);
        return net;
    }

    /** The training graph (for tests in this package). */
    SameDiff graph() {
        return sd;
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }

    @Override
    public int sequenceLength() {
        return sequenceLength;
    }

    @Override
    public int features() {
        return features;
    }

    @Override
    public int outputs() {
        return outputs;
    }

    @Override
    public void trainEpoch(float[] x, float[] y, int n, int batchSize, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int start = 0; start < n; start += batchSize) {
            int size = Math.min(batchSize, n - start);
            if (lstmTrainer != null) {
                fitLstm(x, y, order, start, size, random);
            } else {
                fitGraph(x, y, order, start, size, random);
            }
        }
        if (lstmTrainer != null) {
            lstmTrainer.endEpoch();
        } else {
            sd.getTrainingConfig().incrementEpochCount();
        }
    }

    /** One SameDiff {@code fit} on the rows {@code order[start … start + size − 1]}. */
    private void fitGraph(float[] x, float[] y, int[] order, int start, int size, SplittableRandom random) {
        float[][] batch = gather(x, y, order, start, size);
        INDArray[] inputs = {
            FloatArrays.of(batch[0], size, sequenceLength, features),
            sequenceMask(size, random),
            mask(new long[] {size, vectorMaskWidth}, random)};
        sd.fit(new MultiDataSet(inputs, new INDArray[] {FloatArrays.of(batch[1], size, outputs)}));
    }

    /**
     * One {@link LstmTrainer} step on the rows {@code order[start … start + size − 1]}, with the
     * masks drawn in the same order as for the graph (sequence mask, then vector mask).
     */
    private void fitLstm(float[] x, float[] y, int[] order, int start, int size, SplittableRandom random) {
        float[][] batch = gather(x, y, order, start, size);
        float[] sequence = maskValues(size * sequenceMaskWidth, random);
        lstmTrainer.fit(batch[0], batch[1], sequence, maskValues(size * vectorMaskWidth, random), size);
    }

    /** The inputs and targets of the rows {@code order[start … start + size − 1]}, in that order. */
    private float[][] gather(float[] x, float[] y, int[] order, int start, int size) {
        int rowIn = sequenceLength * features;
        float[] bx = new float[size * rowIn];
        float[] by = new float[size * outputs];
        for (int k = 0; k < size; k++) {
            int row = order[start + k];
            System.arraycopy(x, row * rowIn, bx, k * rowIn, rowIn);
            System.arraycopy(y, row * outputs, by, k * outputs, outputs);
        }
        return new float[][] {bx, by};
    }

    /**
     * The sequence mask [rows, steps, width]: one inverted-dropout draw per row and unit, the same at
     * every step. (Fed at full size rather than [rows, 1, width]: the gradient of a broadcasting
     * multiplication is several times slower than an elementwise one in 1.0.0-M2.1.)
     */
    private INDArray sequenceMask(int rows, SplittableRandom random) {
        float[] drawn = maskValues(rows * sequenceMaskWidth, random);
        float[] tiled = new float[rows * sequenceLength * sequenceMaskWidth];
        for (int r = 0; r < rows; r++) {
            for (int t = 0; t < sequenceLength; t++) {
                System.arraycopy(drawn, r * sequenceMaskWidth, tiled, (r * sequenceLength + t) * sequenceMaskWidth,
                        sequenceMaskWidth);
            }
        }
        return FloatArrays.of(tiled, rows, sequenceLength, sequenceMaskWidth);
    }

    /** An inverted-dropout mask: 0 with the drop probability, else 1/keep. */
    private INDArray mask(long[] shape, SplittableRandom random) {
        int n = 1;
        for (long s : shape) {
            n *= (int) s;
        }
        return FloatArrays.of(maskValues(n, random), shape);
    }

    /** {@code n} inverted-dropout values: 0 with the drop probability, else 1/keep. */
    private float[] maskValues(int n, SplittableRandom random) {
        float[] m = new float[n];
        float on = 1f / keep;
        for (int i = 0; i < n; i++) {
            m[i] = random.nextDouble() < keep ? on : 0f;
        }
        return m;
    }

    private float[] forward(float[] x, int rows, INDArray maskSeq, INDArray maskVec) {
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(INPUT, FloatArrays.of(x, rows, sequenceLength, features));
        feed.put(MASK_SEQUENCE, maskSeq);
        feed.put(MASK_VECTOR, maskVec);
        INDArray out = sd.outputSingle(feed, OUTPUT);
        return out.dup('c').data().asFloat();
    }

    /** Row indices 0,0,…(copies times),1,1,… for {@code rows} windows. */
    private static INDArray expansion(int rows, int copies) {
        int[] index = new int[rows * copies];
        for (int i = 0; i < index.length; i++) {
            index[i] = i / copies;
        }
        return Nd4j.createFromArray(index);
    }

    private float[] forwardMonteCarlo(float[] x, int rows, int copies, INDArray maskSeq, INDArray maskVec) {
        for (int i = 0; i < trainable.size(); i++) {
            monteCarloParameters.get(i).getArr().assign(trainable.get(i).getArr());
        }
        Map<String, INDArray> feed = new HashMap<>();
        feed.put(INPUT, FloatArrays.of(x, rows, sequenceLength, features));
        feed.put(MASK_SEQUENCE, maskSeq);
        feed.put(MASK_VECTOR, maskVec);
        feed.put(EXPAND, expansion(rows, copies));
        INDArray out = monteCarlo.outputSingle(feed, OUTPUT);
        return out.dup('c').data().asFloat();
    }

    @Override
    public float[] predict(float[] x, int n) {
        checkInput(x, n);
        return forward(x, n, Nd4j.ones(DataType.FLOAT, n, sequenceLength, sequenceMaskWidth),
                Nd4j.ones(DataType.FLOAT, n, vectorMaskWidth));
    }

    @Override
    public float[] predictMonteCarlo(float[] x, int n, int passes, SplittableRandom random) {
        checkInput(x, n);
        ArgChecks.positive(passes, "passes");
        int rows = n * passes;
        return forwardMonteCarlo(x, n, passes, sequenceMask(rows, random),
                mask(new long[] {rows, vectorMaskWidth}, random));
    }

    private void checkInput(float[] x, int n) {
        ArgChecks.positive(n, "n");
        ArgChecks.check(x != null && x.length == n * sequenceLength * features, "x.length",
                x == null ? null : x.length, "must be n * sequenceLength * features = " + n * sequenceLength * features);
    }

    @Override
    public float[] parameters() {
        int total = 0;
        for (SDVariable v : trainable) {
            total += (int) v.getArr().length();
        }
        float[] all = new float[total];
        int at = 0;
        for (SDVariable v : trainable) {
            float[] values = v.getArr().dup('c').data().asFloat();
            System.arraycopy(values, 0, all, at, values.length);
            at += values.length;
        }
        return all;
    }

    @Override
    public void setParameters(float[] parameters) {
        int at = 0;
        for (SDVariable v : trainable) {
            INDArray arr = v.getArr();
            int len = (int) arr.length();
            ArgChecks.check(parameters.length >= at + len, "parameters.length", parameters.length,
                    "must match the network's parameter count");
            float[] slice = new float[len];
            System.arraycopy(parameters, at, slice, 0, len);
            arr.assign(Nd4j.create(slice, arr.shape(), 'c'));
            at += len;
        }
        ArgChecks.check(at == parameters.length, "parameters.length", parameters.length, "must be " + at);
    }

    @Override
    public void save(Path file) {
        float[] parameters = parameters();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(MAGIC);
                out.writeUTF(architecture.name());
                out.writeInt(sequenceLength);
                out.writeInt(features);
                out.writeInt(outputs);
                out.writeInt(parameters.length);
                for (float p : parameters) {
                    out.writeFloat(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
