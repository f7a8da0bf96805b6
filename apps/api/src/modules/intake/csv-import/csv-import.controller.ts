import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConsumes,
  ApiCookieAuth,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import {
  type CsvImportUploadQuery,
  type CsvMappingList,
  type ImportJob,
  type ImportJobList,
  type ImportRowErrorList,
  type SessionUser,
  csvImportUploadQuerySchema,
  csvMappingListSchema,
  importJobListSchema,
  importJobSchema,
  importRowErrorListSchema,
} from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { listMappings } from './csv-mappings';
import { CsvImportService } from './csv-import.service';
import { CsvContentTypeGuard } from './csv-upload-body';

const errorsQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

/** Channel 8, CSV import: admins upload a file in Settings; the worker imports it. */
@ApiTags('intake')
@ApiCookieAuth()
@Controller('intake/csv-imports')
export class CsvImportController {
  constructor(private readonly imports: CsvImportService) {}

  @Get('mappings')
  @Allow('admin')
  @ApiOkResponse({ description: 'The built-in mappings and the columns each reads', standardSchema: csvMappingListSchema })
  mappings(): CsvMappingList {
    return { mappings: listMappings() };
  }

  @Get()
  @Allow('admin')
  @ApiOkResponse({ description: 'The latest imports, newest first', standardSchema: importJobListSchema })
  async list(): Promise<ImportJobList> {
    return { imports: await this.imports.list() };
  }

  @Post()
  @HttpCode(202)
  @Allow('admin')
  @UseGuards(CsvContentTypeGuard)
  @ApiOperation({
    summary: 'Upload a CSV file to import',
    description: 'The file is the raw request body (Content-Type: text/csv, up to CSV_IMPORT_MAX_BYTES). It is stored and imported by the worker; poll the job for progress.',
  })
  @ApiConsumes('text/csv')
  @ApiAcceptedResponse({ description: 'Stored and queued', standardSchema: importJobSchema })
  @ApiBadRequestResponse({ description: 'Unknown mapping, empty file, or a header without the columns the mapping needs' })
  @ApiPayloadTooLargeResponse({ description: 'The file is over CSV_IMPORT_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ description: 'The body is not sent as text/csv' })
  upload(
    @CurrentUser() actor: SessionUser,
    @Query({ schema: csvImportUploadQuerySchema }) query: CsvImportUploadQuery,
    @Body() file: Buffer,
  ): Promise<ImportJob> {
    return this.imports.upload(actor, query, file);
  }

  @Get(':id')
  @Allow('admin')
  @ApiOkResponse({ description: 'The job with its progress', standardSchema: importJobSchema })
  get(@Param({ schema: idParamSchema }) { id }: IdParam): Promise<ImportJob> {
    return this.imports.get(id);
  }

  @Get(':id/errors')
  @Allow('admin')
  @ApiOkResponse({ description: 'The rows that were not imported, by row number', standardSchema: importRowErrorListSchema })
  errors(@Param({ schema: idParamSchema }) { id }: IdParam, @Query({ schema: errorsQuerySchema }) { limit }: z.infer<typeof errorsQuerySchema>): Promise<ImportRowErrorList> {
    return this.imports.errors(id, limit);
  }

  @Get(':id/errors.csv')
  @Allow('admin')
  @ApiOperation({ summary: 'The error report as CSV (row, column, message)' })
  async errorReport(@Param({ schema: idParamSchema }) { id }: IdParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const report = await this.imports.errorReportCsv(id);
    // Set here, not with @Header: that would apply to error answers too.
    void reply.type('text/csv; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="${report.fileName.replace(/[^\w.-]+/g, '_')}"`);
    return report.csv;
  }
}
