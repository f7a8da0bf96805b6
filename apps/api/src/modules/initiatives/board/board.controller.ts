import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Req, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CUSTOMER_SESSION_COOKIE,
  listBoardQuerySchema,
  postBoardCommentRequestSchema,
  type BoardActionResult,
  type BoardInitiativeDetail,
  type BoardList,
  type BoardPostedComment,
  type ListBoardQuery,
  type PostBoardCommentRequest,
} from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../../common/auth/permission.decorator';
import { idParamSchema, type IdParam } from '../../../common/http/id-param.schema';
import { CurrentCustomer } from '../../portal/auth/current-customer.decorator';
import { CustomerSessionGuard } from '../../portal/auth/customer-session.guard';
import type { CustomerPrincipal } from '../../portal/auth/customer-session.service';
import { BoardService } from './board.service';

const PUBLIC_READ = 'public board: read-only, public initiatives only';
const CUSTOMER = 'customer portal: CustomerSessionGuard';

/** `/api/board`: anyone reads; a customer signed in through the portal votes, follows and comments. */
@ApiTags('initiatives')
@Controller('board/initiatives')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  /** `viewer` per initiative and `signedIn` when the caller has a customer session. */
  @Get()
  @Public(PUBLIC_READ)
  list(@Query({ schema: listBoardQuerySchema }) query: ListBoardQuery, @Req() request: FastifyRequest): Promise<BoardList> {
    return this.board.list(query, request.cookies?.[CUSTOMER_SESSION_COOKIE]);
  }

  /** `viewer` is filled in when the caller has a customer session (a stale cookie just reads anonymously). */
  @Get(':id')
  @Public(PUBLIC_READ)
  detail(@Param({ schema: idParamSchema }) { id }: IdParam, @Req() request: FastifyRequest): Promise<BoardInitiativeDetail> {
    return this.board.detail(id, request.cookies?.[CUSTOMER_SESSION_COOKIE]);
  }

  @Put(':id/vote')
  @Public(CUSTOMER)
  @UseGuards(CustomerSessionGuard)
  vote(@Param({ schema: idParamSchema }) { id }: IdParam, @CurrentCustomer() customer: CustomerPrincipal): Promise<BoardActionResult> {
    return this.board.vote(id, customer.customerId);
  }

  @Delete(':id/vote')
  @Public(CUSTOMER)
  @UseGuards(CustomerSessionGuard)
  unvote(@Param({ schema: idParamSchema }) { id }: IdParam, @CurrentCustomer() customer: CustomerPrincipal): Promise<BoardActionResult> {
    return this.board.unvote(id, customer.customerId);
  }

  @Put(':id/follow')
  @Public(CUSTOMER)
  @UseGuards(CustomerSessionGuard)
  follow(@Param({ schema: idParamSchema }) { id }: IdParam, @CurrentCustomer() customer: CustomerPrincipal): Promise<BoardActionResult> {
    return this.board.follow(id, customer.customerId);
  }

  @Delete(':id/follow')
  @Public(CUSTOMER)
  @UseGuards(CustomerSessionGuard)
  unfollow(@Param({ schema: idParamSchema }) { id }: IdParam, @CurrentCustomer() customer: CustomerPrincipal): Promise<BoardActionResult> {
    return this.board.unfollow(id, customer.customerId);
  }

  @Post(':id/comments')
  @HttpCode(201)
  @Public(CUSTOMER)
  @UseGuards(CustomerSessionGuard)
  comment(
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @CurrentCustomer() customer: CustomerPrincipal,
    @Body({ schema: postBoardCommentRequestSchema }) body: PostBoardCommentRequest,
  ): Promise<BoardPostedComment> {
    return this.board.comment(id, customer.customerId, body);
  }
}
