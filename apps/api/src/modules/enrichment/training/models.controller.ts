import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { modelKindParamSchema, type TrainableModelKind } from '@fullcircle/shared';
import { Allow } from '../../../common/auth/permission.decorator';
import { ModelsService } from './models.service';

@ApiTags('enrichment')
@ApiCookieAuth()
@Controller('enrichment/models')
export class ModelsController {
  constructor(private readonly models: ModelsService) {}

  /** Each trainable kind: the active model, its history with held-out scores, and label counts. */
  @Get()
  @Allow('admin', 'executive')
  overview() {
    return this.models.overview();
  }

  /** Retrains now, in the worker; the new version shows in GET /enrichment/models once trained. */
  @Post(':kind/retrain')
  @Allow('admin')
  @HttpCode(202)
  retrain(@Param({ schema: modelKindParamSchema }) { kind }: { kind: TrainableModelKind }) {
    return this.models.requestRetrain(kind);
  }
}
