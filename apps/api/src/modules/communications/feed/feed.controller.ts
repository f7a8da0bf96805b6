import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  listFeedQuerySchema,
  postFeedEntryRequestSchema,
  type FeedEntryDto,
  type FeedPage,
  type ListFeedQuery,
  type PostFeedEntryRequest,
  type SessionUser,
} from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow } from '../../../common/auth/permission.decorator';
import { FeedService } from './feed.service';

@ApiTags('communications')
@ApiCookieAuth()
@Controller('communications/feed')
export class FeedController {
  constructor(private readonly feed: FeedService) {}

  @Get()
  @Allow(...ALL_STAFF)
  list(@CurrentUser() user: SessionUser, @Query({ schema: listFeedQuerySchema }) query: ListFeedQuery): Promise<FeedPage> {
    return this.feed.list(user, query);
  }

  @Post()
  @Allow('admin', 'executive', 'owner')
  post(@CurrentUser() user: SessionUser, @Body({ schema: postFeedEntryRequestSchema }) body: PostFeedEntryRequest): Promise<FeedEntryDto> {
    return this.feed.post(user, body);
  }
}
