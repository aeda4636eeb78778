// A small neural network over a message's sparse features: one hidden layer of rectified units shared
// by every slot (what a message is about is learned once, for its need and its role alike), and one
// softmax head per slot. The hidden layer learns conjunctions a linear model cannot: "don't know"
// with "user name" is a need, either alone is not. Against the logistic regression it replaced, over
// the same features, both read with the rules first: cross-validated need +2.1 points, role +1.1 (README).
import type { SparseVector } from './vocabulary.js';

/** `targets[i][k]` is 1 when example i has class k (exactly one per example). */
export type Head = { classes: number; targets: number[][] };
type Layer = { weights: Float32Array; bias: Float32Array };
/**
 * The input layer as kept once trained: each feature's row of weights (`[feature * hidden + unit]`)
 * in 8 bits, scaled by `scales[feature]`. A quarter of the bytes to load at start-up, and the
 * readings of the corpus's splits did not change.
 */
type QuantisedLayer = { weights: Int8Array; scales: Float32Array; bias: Float32Array };
/** Each head's weights class-major (`[class * hidden + unit]`). */
export type Network = { hidden: number; input: QuantisedLayer; heads: (Layer & { classes: number })[] };
export type NetworkOptions = { hidden?: number; epochs?: number; rate?: number; seed?: number };

/** A deterministic generator (the same corpus always trains the same network). */
function generator(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const layer = (size: number, bias: number, random: () => number, scale: number): Layer => ({
  weights: Float32Array.from({ length: size }, () => (random() * 2 - 1) * scale),
  bias: new Float32Array(bias),
});

/**
 * Trained by AdaGrad on each example in turn (the input rows of the features a message lacks are not
 * touched, so an epoch costs what its messages hold, not the vocabulary's size). Six epochs at rate
 * 0.1: cross-validated as well as ten (the train split holds each sentence five times, as variants)
 * in 60 % of the training time; rate 0.05 lost 0.4 points of need.
 */
export function trainNetwork(examples: SparseVector[], heads: Head[], features: number, options: NetworkOptions = {}): Network {
  const { hidden = 64, epochs = 6, rate = 0.1 } = options;
  const random = generator(options.seed ?? 11);
  const input = layer(features * hidden, hidden, random, 0.5);
  const net = {
    hidden,
    input,
    heads: heads.map((h) => ({ classes: h.classes, ...layer(h.classes * hidden, h.classes, random, Math.sqrt(6 / (hidden + h.classes))) })),
  };
  // AdaGrad's running sums of squared gradients, one per weight.
  const sums = (l: Layer): Layer => ({ weights: new Float32Array(l.weights.length).fill(1e-8), bias: new Float32Array(l.bias.length).fill(1e-8) });
  const inputSums = sums(net.input);
  const headSums = net.heads.map(sums);
  const step = (values: Float32Array, squares: Float32Array, at: number, gradient: number) => {
    squares[at]! += gradient * gradient;
    values[at]! -= (rate * gradient) / Math.sqrt(squares[at]!);
  };
  const order = examples.map((_, i) => i);
  const activation = new Float32Array(hidden);
  const backward = new Float32Array(hidden);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = examples[n]!;
      hiddenLayer(net, x, activation);
      backward.fill(0);
      net.heads.forEach((head, h) => {
        const p = headOutput(head, activation, hidden);
        for (let k = 0; k < head.classes; k++) {
          const error = p[k]! - heads[h]!.targets[n]![k]!;
          // A class already predicted right moves nothing.
          if (Math.abs(error) < 1e-4) continue;
          for (let u = 0; u < hidden; u++) {
            const at = k * hidden + u;
            backward[u]! += error * head.weights[at]!;
            step(head.weights, headSums[h]!.weights, at, error * activation[u]!);
          }
          step(head.bias, headSums[h]!.bias, k, error);
        }
      });
      for (let u = 0; u < hidden; u++) {
        if (activation[u]! <= 0) continue;
        step(net.input.bias, inputSums.bias, u, backward[u]!);
        for (let f = 0; f < x.ids.length; f++) step(net.input.weights, inputSums.weights, x.ids[f]! * hidden + u, backward[u]! * x.values[f]!);
      }
    }
  }
  return { ...net, input: quantised(input, hidden) };
}

function quantised(layer: Layer, hidden: number): QuantisedLayer {
  const rows = layer.weights.length / hidden;
  const weights = new Int8Array(layer.weights.length);
  const scales = new Float32Array(rows);
  for (let f = 0; f < rows; f++) {
    let largest = 0;
    for (let u = 0; u < hidden; u++) largest = Math.max(largest, Math.abs(layer.weights[f * hidden + u]!));
    scales[f] = largest / 127 || 1;
    for (let u = 0; u < hidden; u++) weights[f * hidden + u] = Math.round(layer.weights[f * hidden + u]! / scales[f]!);
  }
  return { weights, scales, bias: layer.bias };
}

/** The hidden units' activations, from the input layer as trained or as kept. */
function hiddenLayer(net: { hidden: number; input: Layer | QuantisedLayer }, x: SparseVector, out: Float32Array): void {
  const { hidden, input } = net;
  // Locals and the scale looked up once per message, not per feature: this loop is most of a reading's arithmetic.
  const { weights } = input;
  const scales = 'scales' in input ? input.scales : undefined;
  out.set(input.bias);
  for (let f = 0; f < x.ids.length; f++) {
    const id = x.ids[f]!;
    const base = id * hidden;
    const value = x.values[f]! * (scales ? scales[id]! : 1);
    for (let u = 0; u < hidden; u++) out[u]! += weights[base + u]! * value;
  }
  for (let u = 0; u < hidden; u++) if (out[u]! < 0) out[u] = 0;
}

function headOutput(head: Network['heads'][number], activation: Float32Array, hidden: number): Float64Array {
  const out = new Float64Array(head.classes);
  let max = -Infinity;
  for (let k = 0; k < head.classes; k++) {
    let sum = head.bias[k]!;
    for (let u = 0; u < hidden; u++) sum += head.weights[k * hidden + u]! * activation[u]!;
    out[k] = sum;
    max = Math.max(max, sum);
  }
  let total = 0;
  for (let k = 0; k < head.classes; k++) total += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < head.classes; k++) out[k]! /= total;
  return out;
}

/** Each head's class probabilities for one message. */
export function predict(net: Network, x: SparseVector): Float64Array[] {
  const activation = new Float32Array(net.hidden);
  hiddenLayer(net, x, activation);
  return net.heads.map((head) => headOutput(head, activation, net.hidden));
}
