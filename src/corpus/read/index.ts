export {
  type CorpusFs,
  type CorpusStats,
  nodeCorpusFs,
} from "./corpusFs.js";
export {
  type CorpusFolderContents,
  DEFAULT_MAX_FILE_BYTES,
  type ReadCorpusOptions,
  readCorpusFolder,
} from "./readCorpusFolder.js";
