import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type UserDeactivatedListener = (manager: EntityManager, userId: string) => Promise<void>;

/**
 * Lets capabilities that depend on org react to a user's deactivation inside the same
 * transaction (auth revokes their sessions) without org depending on them in turn.
 */
@Injectable()
export class UserLifecycleHooks {
  private readonly deactivatedListeners: UserDeactivatedListener[] = [];

  onDeactivated(listener: UserDeactivatedListener): void {
    this.deactivatedListeners.push(listener);
  }

  async userDeactivated(manager: EntityManager, userId: string): Promise<void> {
    for (const listener of this.deactivatedListeners) await listener(manager, userId);
  }
}
