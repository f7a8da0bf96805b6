import { WEBHOOK_MAPPING_PRESETS, type WebhookSourceWithSecret, applyWebhookMapping } from '@fullcircle/shared';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CodeBlock } from '../../../components/code-block';
import { CopyField } from '../../../components/copy-field';
import { DialogFooter } from '../../../components/dialog';
import { signedCurlExample } from './signed-curl-example';

/** A preset's sample that this source's mapping accepts (the generic one when none fits). */
function sampleFor({ source }: WebhookSourceWithSecret): unknown {
  const fits = WEBHOOK_MAPPING_PRESETS.find((p) => applyWebhookMapping(p.sample, source.mapping, source.network).ok);
  return (fits ?? WEBHOOK_MAPPING_PRESETS.find((p) => p.id === 'generic')!).sample;
}

/** The one time a signing secret is shown: after creation and after rotation. */
export function WebhookSecretPanel({ created, onDone }: { created: WebhookSourceWithSecret; onDone: () => void }) {
  const url = `${window.location.origin}${created.source.path}`;
  return (
    <div className="space-y-4">
      <Alert tone="warning" title="Copy the signing secret now">
        It will not be shown again. If it is lost, rotate it to get a new one.
      </Alert>
      <CopyField label="Webhook URL" value={url} />
      <CopyField label="Signing secret" value={created.secret} />
      <p className="text-sm text-zinc-600">
        Sign each delivery: <code className="font-mono text-xs">Fullcircle-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</code>{' '}
        of <code className="font-mono text-xs">&lt;t&gt;.&lt;raw body&gt;</code> with the secret. Deliveries older than 5 minutes, or
        sent twice with the same signature, are refused; a post id sent again is stored once.
      </p>
      <CodeBlock label="Signed example request" code={signedCurlExample(url, created.secret, sampleFor(created))} />
      <DialogFooter>
        <Button onClick={onDone}>I have copied it</Button>
      </DialogFooter>
    </div>
  );
}
