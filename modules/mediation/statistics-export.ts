// The statistics as an Excel sheet: one row per committee, street or district, then the totals.
import type { FastifyReply } from 'fastify';
import { type ExcelColumn, sendXlsx } from '../../platform/http/excel.js';
import type { Statistics } from './contract-views.js';

type Row = Statistics['rows'][number];

export function statisticsExport(reply: FastifyReply, s: Statistics) {
  const unit =
    { committee: '人民调解委员会', street: '街道（镇）', district: '区' }[s.groupBy] ?? '单位';
  const columns: ExcelColumn<Row>[] = [
    { header: unit, width: 34, value: (r) => r.name },
    { header: '受理纠纷', value: (r) => r.total },
    ...Object.entries(s.disputeTypes).map(([code, label]) => ({
      header: label,
      width: 14,
      value: (r: Row) => r.byType[code] ?? 0,
    })),
    { header: '调解成功', value: (r) => r.settled },
    { header: '其中书面协议', value: (r) => r.written },
    { header: '其中口头协议', value: (r) => r.oral },
    { header: '调解不成', value: (r) => r.terminated },
    { header: '拒绝调解', value: (r) => r.refused },
    { header: '在办', value: (r) => r.pending },
    { header: '调解成功率（%）', value: (r) => r.successRate },
    { header: '平均调结天数', value: (r) => r.avgDaysToSettle },
    { header: '就地化解', value: (r) => r.settledLocally },
  ];
  const rows: Row[] = [...s.rows, { key: 'total', name: '合计', ...s.totals }];
  return sendXlsx(reply, `mediation-${s.year}-${s.groupBy}.xlsx`, 'statistics', columns, rows);
}
