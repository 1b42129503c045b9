import { Card, Grid, type CardProps } from 'antd';

/** A card of the public pages: less padding on a phone, where every pixel of width counts. */
export function PublicCard(props: CardProps) {
  const screens = Grid.useBreakpoint();
  const padding = screens.sm === false ? 16 : 24;
  return <Card {...props} styles={{ body: { padding } }} />;
}
