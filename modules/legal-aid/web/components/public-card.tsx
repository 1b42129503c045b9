import { Card, Grid, type CardProps } from 'antd';

/** A card of the public pages, narrower padding on a phone. */
export function PublicCard(props: CardProps) {
  const screens = Grid.useBreakpoint();
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <Card {...props} styles={{ body: { padding: screens.sm === false ? 16 : 24 } }} />
    </div>
  );
}
