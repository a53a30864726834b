package sentence

// maxMemo bounds each memo of a sentence test, in sentences, so that a
// long run over many large texts cannot grow it without limit.
const maxMemo = 1 << 16
