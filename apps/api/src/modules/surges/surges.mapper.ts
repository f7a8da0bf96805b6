import type { SurgeDto } from '@fullcircle/shared';
import type { Surge } from './entities/surge.entity';

export function toSurgeDto(s: Surge, itemCount: number): SurgeDto {
  return {
    id: s.id,
    topic: s.topic,
    dimension: s.dimension,
    dimensionValue: s.dimensionValue,
    status: s.status,
    windowStart: s.windowStart.toISOString(),
    volume: s.volume,
    baselineVolume: s.baselineVolume,
    negativeShare: s.negativeShare,
    baselineNegativeShare: s.baselineNegativeShare,
    initiativeId: s.initiativeId,
    itemCount,
    detectedAt: s.detectedAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
