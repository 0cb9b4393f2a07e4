import { constants } from "node:buffer";
import { open } from "node:fs/promises";

/** Bytes one read asks for: `readFile` refuses a file over 2 GiB; reading in parts does not. */
const PART_BYTES = 1 << 30;

/**
 * A whole file's bytes, read in parts of `partBytes` into one buffer: unlike `readFile`, a file
 * over 2 GiB (a saved index of a large corpus) is read, up to the largest buffer Node allows,
 * beyond which the error says so. A file that shrinks while read gives what was there.
 */
export async function readWholeFile(path: string, partBytes = PART_BYTES): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > constants.MAX_LENGTH) {
      throw Object.assign(
        new Error(
          `${path} is ${size} bytes, more than the ${constants.MAX_LENGTH} bytes one buffer can hold`,
        ),
        { code: "ERR_FS_FILE_TOO_LARGE" },
      );
    }
    const bytes = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(
        bytes,
        offset,
        Math.min(partBytes, size - offset),
        offset,
      );
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return offset === size ? bytes : bytes.subarray(0, offset);
  } finally {
    await handle.close();
  }
}
