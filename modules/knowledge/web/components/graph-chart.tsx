// The citation graph around one document, drawn by ECharts (graph series, force layout): the
// document in the middle, its superior laws, the documents it cites and those citing it, arrows
// from the citing to the cited. A click on a document calls `onSelect` with its node.
import * as echarts from 'echarts';
import { useEffect, useRef } from 'react';
import type { DocumentGraph, NodeRole } from '../api/types';
import type { KT } from '../i18n/use-kt';

const COLORS: Record<NodeRole, string> = {
  center: '#cf1322',
  basis: '#d48806',
  cites: '#1677ff',
  citedBy: '#389e0d',
};
const ROLES: NodeRole[] = ['center', 'basis', 'cites', 'citedBy'];
const ROLE_LABEL = {
  center: 'knowledge.graph.center',
  basis: 'knowledge.graph.basis',
  cites: 'knowledge.graph.cites',
  citedBy: 'knowledge.graph.citedBy',
} as const;

/** 中华人民共和国行政复议法 (2023) -> 行政复议法 2023, short enough for a label. */
function shortLabel(title: string, versionKey: string): string {
  const name = title.replace(/^中华人民共和国/, '');
  const year = versionKey.slice(versionKey.lastIndexOf('/') + 1, versionKey.lastIndexOf('/') + 5);
  return `${name.length > 14 ? `${name.slice(0, 13)}…` : name} ${year}`;
}

interface Props {
  graph: DocumentGraph;
  kt: KT;
  onSelect: (node: DocumentGraph['nodes'][number]) => void;
}

export function GraphChart({ graph, kt, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const instance = echarts.init(container.current!);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    instance.on('click', (params) => {
      if (params.dataType !== 'node') return;
      const node = (params.data as { node?: DocumentGraph['nodes'][number] }).node;
      if (node) select.current(node);
    });
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const weight = new Map<string, number>();
    for (const link of graph.links) {
      for (const id of [link.source, link.target]) {
        weight.set(id, (weight.get(id) ?? 0) + link.citations);
      }
    }
    chart.current?.setOption(
      {
        tooltip: {
          formatter: (params: { dataType: string; data: { name?: string; value?: number } }) =>
            params.dataType === 'edge'
              ? kt('knowledge.graph.citations', { n: params.data.value ?? 0 })
              : (params.data.name ?? ''),
        },
        legend: [{ data: ROLES.map((role) => kt(ROLE_LABEL[role])), bottom: 0 }],
        series: [
          {
            type: 'graph',
            layout: 'force',
            roam: true,
            draggable: true,
            force: { repulsion: 260, edgeLength: [80, 200], gravity: 0.08 },
            categories: ROLES.map((role) => ({
              name: kt(ROLE_LABEL[role]),
              itemStyle: { color: COLORS[role] },
            })),
            label: { show: true, position: 'right', fontSize: 12 },
            edgeSymbol: ['none', 'arrow'],
            edgeSymbolSize: 7,
            lineStyle: { color: 'source', opacity: 0.6, curveness: 0.1 },
            emphasis: { focus: 'adjacency' },
            data: graph.nodes.map((node) => ({
              id: node.id,
              name: node.title,
              node,
              category: ROLES.indexOf(node.role),
              symbolSize:
                node.role === 'center'
                  ? 36
                  : 10 + Math.min(20, Math.log2(1 + (weight.get(node.id) ?? 1)) * 4),
              label: { formatter: shortLabel(node.title, node.versionKey) },
            })),
            links: graph.links.map((link) => ({
              source: link.source,
              target: link.target,
              value: link.citations,
              lineStyle: {
                width: 1 + Math.min(5, Math.log2(1 + link.citations)),
                type: link.kind === 'basis' ? 'solid' : 'dashed',
              },
            })),
          },
        ],
      },
      true,
    );
  }, [graph, kt]);

  return (
    <div
      ref={container}
      style={{ width: '100%', height: 520 }}
      data-testid="knowledge-graph-chart"
      role="img"
      aria-label={kt('knowledge.graph.title')}
    />
  );
}
