// Labels of the codes the server sends as they are (channel, party role, publication status).
import type { RT } from '../i18n/use-rt';

const CHANNELS = ['online', 'in_person', 'mail', 'oral'] as const;
const PUBLICATION_STATUSES = ['draft', 'published', 'withdrawn'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function channelLabel(rt: RT, channel: string): string {
  return isOneOf(CHANNELS, channel) ? rt(`reconsideration.channel.${channel}`) : channel;
}

export function publicationStatusLabel(rt: RT, status: string): string {
  return isOneOf(PUBLICATION_STATUSES, status)
    ? rt(`reconsideration.publication.status.${status}`)
    : status;
}
