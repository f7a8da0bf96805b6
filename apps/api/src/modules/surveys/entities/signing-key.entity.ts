import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Random keys generated once per installation and shared by every API process through the
 * database, so signed links work whichever process answers (no configuration needed).
 */
@Entity({ name: 'signing_key' })
export class SigningKey {
  /** What the key signs, e.g. `survey-link`. */
  @PrimaryColumn({ type: 'text' })
  name: string;

  /** base64 of 32 random bytes. */
  @Column({ type: 'text' })
  secret: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
