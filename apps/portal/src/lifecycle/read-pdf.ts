/** A chosen file as the API's DocumentUpload (base64). The API checks the type from the bytes and the size. */
export async function readDocument(file: File): Promise<{ fileName: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // By chunks: String.fromCharCode(...bytes) overflows the call stack for a few megabytes.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentBase64: btoa(binary) };
}
