import type { ChatMessage } from '@fullcircle/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type WidgetClient, WidgetError, newKey } from './api';

interface Props {
  api: WidgetClient;
  token: string;
  /** The form's thank-you message, right after the first answer. */
  intro: string | null;
  /** The token no longer opens the conversation (form closed, chat turned off). */
  onEnded: () => void;
}

/** Conversation mode: the visitor's follow-ups on the conversation their answer opened. */
export function Chat({ api, token, intro, onEnded }: Props) {
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const key = useRef<string | null>(null);

  useEffect(() => {
    api.messages(token).then(
      (c) => setMessages(c.messages),
      (err: unknown) => {
        if (err instanceof WidgetError && (err.status === 401 || err.status === 403)) onEnded();
      },
    );
  }, [token]);

  const send = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    key.current ??= newKey();
    try {
      const sent = await api.send(token, text.trim(), key.current);
      setMessages((m) => [...m, sent]);
      setText('');
      key.current = null;
    } catch (err) {
      setError(err instanceof WidgetError ? err.message : 'Something went wrong. Please try again.');
      if (err instanceof WidgetError && (err.status === 401 || err.status === 403)) onEnded();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {intro && <p role="status">{intro}</p>}
      <p>Anything to add? We read every message.</p>
      <div class="log" aria-live="polite">
        {messages.map((m) => (
          <div key={m.id} class={m.author === 'staff' ? 'msg staff' : 'msg'}>
            {m.text}
          </div>
        ))}
      </div>
      {error && (
        <div class="error" role="alert">
          {error}
        </div>
      )}
      <form class="row" onSubmit={send}>
        <textarea
          aria-label="Your message"
          maxLength={5000}
          value={text}
          onInput={(e) => {
            key.current = null;
            setText(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) void send(e);
          }}
        />
        <button class="primary" type="submit" disabled={busy}>
          Send
        </button>
      </form>
    </div>
  );
}
