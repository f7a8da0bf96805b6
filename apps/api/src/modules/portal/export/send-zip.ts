import type { FastifyReply } from 'fastify';
import type { ExportFile } from './customer-export.service';

/** Headers set here (not with @Header) so error answers stay JSON; no caching of personal data. */
export function sendZip(reply: FastifyReply, file: ExportFile): Buffer {
  void reply.type('application/zip');
  void reply.header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]+/g, '_')}"`);
  void reply.header('cache-control', 'no-store');
  return Buffer.from(file.zip.buffer, file.zip.byteOffset, file.zip.byteLength);
}
