import { Card, Col, Empty, Input, Row, Spin, Tree, Typography, theme } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState, type Key, type ReactNode } from 'react';
import { indexOrganizations, useOrganizationTree } from '../api/organizations';
import type { OrgNode } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { OrgDetail } from '../components/organizations/org-detail';
import { branchIds, filterOrgTree } from '../components/organizations/org-tree-filter';
import { useT } from '../i18n';

/** The name with the searched part marked. */
function highlight(text: string, search: string, color: string): ReactNode {
  const needle = search.trim().toLowerCase();
  const at = needle ? text.toLowerCase().indexOf(needle) : -1;
  if (at < 0) return text;
  return (
    <span>
      {text.slice(0, at)}
      <span style={{ color, fontWeight: 600 }}>{text.slice(at, at + needle.length)}</span>
      {text.slice(at + needle.length)}
    </span>
  );
}

function toTreeData(nodes: readonly OrgNode[], search: string, color: string): DataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: highlight(node.name, search, color),
    children: toTreeData(node.children, search, color),
  }));
}

export function OrganizationsPage() {
  const t = useT();
  const { token } = theme.useToken();
  const organizations = useOrganizationTree();
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // null until the user expands or collapses something: then the first two levels are open
  const [expanded, setExpanded] = useState<Key[] | null>(null);

  const roots = useMemo(() => organizations.data ?? [], [organizations.data]);
  const byId = useMemo(() => indexOrganizations(roots), [roots]);
  const visible = useMemo(() => filterOrgTree(roots, search), [roots, search]);
  const treeData = useMemo(
    () => toTreeData(visible, search, token.colorError),
    [visible, search, token.colorError],
  );

  const onSearch = (value: string) => {
    setSearch(value);
    setExpanded(value.trim() ? branchIds(filterOrgTree(roots, value)) : null);
  };

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const parent = selected?.parentId ? byId.get(selected.parentId) : undefined;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={10} xl={8}>
        <Card title={t('menu.organizations')}>
          <Input.Search
            allowClear
            placeholder={t('orgs.searchPlaceholder')}
            onChange={(event) => onSearch(event.target.value)}
            onSearch={onSearch}
            style={{ marginBottom: 12 }}
            data-testid="org-search"
          />
          {organizations.error && (
            <ErrorAlert error={organizations.error} onRetry={() => void organizations.refetch()} />
          )}
          {organizations.isPending ? (
            <Spin />
          ) : treeData.length === 0 ? (
            <Empty description={t(search ? 'orgs.noMatch' : 'orgs.empty')} />
          ) : (
            <div data-testid="org-tree">
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('orgs.scopeHint')}
              </Typography.Paragraph>
              <Tree
                blockNode
                showLine
                treeData={treeData}
                expandedKeys={expanded ?? branchIds(roots, 1)}
                onExpand={(keys) => setExpanded(keys)}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => setSelectedId(keys.length ? String(keys[0]) : null)}
              />
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} md={14} xl={16}>
        <Card title={t('orgs.detailTitle')}>
          <OrgDetail node={selected} parent={parent} />
        </Card>
      </Col>
    </Row>
  );
}
