import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SavedViewDto, SaveViewRequest, SessionUser } from '@fullcircle/shared';
import { Repository } from 'typeorm';
import { fieldConflict, isUniqueViolation } from '../../common/http/field-errors';
import { SavedView } from './entities/saved-view.entity';

const toDto = (v: SavedView): SavedViewDto => ({ id: v.id, name: v.name, query: v.query, createdAt: v.createdAt.toISOString() });

/** Each colleague's own named inbox filters; nobody sees or deletes another's. */
@Injectable()
export class SavedViewsService {
  constructor(@InjectRepository(SavedView) private readonly views: Repository<SavedView>) {}

  async list(user: SessionUser): Promise<SavedViewDto[]> {
    const views = await this.views.find({ where: { userId: user.id }, order: { name: 'ASC' } });
    return views.map(toDto);
  }

  async create(user: SessionUser, body: SaveViewRequest): Promise<SavedViewDto> {
    try {
      return toDto(await this.views.save(this.views.create({ userId: user.id, name: body.name, query: body.query })));
    } catch (err) {
      if (isUniqueViolation(err)) throw fieldConflict('name', 'is already the name of one of your views');
      throw err;
    }
  }

  async remove(user: SessionUser, id: string): Promise<void> {
    const { affected } = await this.views.delete({ id, userId: user.id });
    // Another colleague's view looks exactly like one that does not exist.
    if (!affected) throw new NotFoundException('View not found');
  }
}
