import { NotFoundResult } from '../components/status-result';

export function NotFoundPage() {
  return <NotFoundResult />;
}
