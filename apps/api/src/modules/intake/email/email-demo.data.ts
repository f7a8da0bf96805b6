import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';

const DAY_MS = 24 * 3600 * 1000;

/** A few demo emails as a mail client would send them, one of them a reply that quotes the first. */
export function demoEmails(now: Date, to: string): Mail.Options[] {
  const at = (daysAgo: number, hour: number) => {
    const date = new Date(now.getTime() - daysAgo * DAY_MS);
    date.setUTCHours(hour, 0, 0, 0);
    return date;
  };
  const firstId = '<demo-email-1@mail.example.com>';
  return [
    {
      messageId: firstId,
      date: at(6, 9),
      from: { name: 'Priya Raman', address: 'priya.raman@example.com' },
      to,
      subject: 'Wheelchair assistance did not show up',
      text: 'Hello,\n\nI booked wheelchair assistance for my mother on flight FC 214 and nobody came to the gate. We waited 40 minutes.\nPlease tell me what happened.\n\nPriya',
      headers: { 'Content-Language': 'en' },
    },
    {
      messageId: '<demo-email-2@mail.example.com>',
      date: at(4, 14),
      inReplyTo: firstId,
      references: [firstId],
      from: { name: 'Priya Raman', address: 'priya.raman@example.com' },
      to,
      subject: 'Re: Wheelchair assistance did not show up',
      text: `Any news? My mother flies back next week and I need to know it will work this time.\n\nOn ${at(6, 9).toUTCString()}, Priya Raman <priya.raman@example.com> wrote:\n> I booked wheelchair assistance for my mother on flight FC 214 and nobody came to the gate.\n`,
    },
    {
      messageId: '<demo-email-3@mail.example.com>',
      date: at(3, 11),
      from: { name: 'Tomás Ortega', address: 'tomas.ortega@example.com' },
      to,
      subject: 'Equipaje dañado',
      html: '<p>Mi maleta llegó a Madrid con una rueda rota.</p><p>Adjunto una foto.</p>',
      headers: { 'Content-Language': 'es' },
      attachments: [{ filename: 'maleta.jpg', contentType: 'image/jpeg', content: Buffer.alloc(2048, 1) }],
    },
    {
      messageId: '<demo-email-4@mail.example.com>',
      date: at(1, 16),
      from: { name: 'Grace Whitaker', address: 'grace.whitaker@example.com' },
      to,
      subject: 'Thank you to the crew on FC 88',
      text: 'The crew on my flight to Boston were wonderful with my twins. Please pass on my thanks!\n\n-- \nGrace Whitaker',
    },
  ];
}

/** The raw RFC 822 bytes a client would send for these options. */
export function composeRaw(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}
