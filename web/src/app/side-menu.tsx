import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link, matchPath, useLocation } from 'react-router-dom';
import { useTranslateKey } from '../i18n';
import { useCan } from './current-user';
import { appRoutes, type AppRoute } from './route-registry';

type MenuItem = Required<MenuProps>['items'][number];

/** The entry of the current page: the longest menu path that matches the location. */
function selectedPath(routes: readonly AppRoute[], pathname: string): string | undefined {
  const matching = routes.filter((route) =>
    matchPath({ path: route.path, end: route.path === '/' }, pathname),
  );
  return matching.sort((a, b) => b.path.length - a.path.length)[0]?.path;
}

export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const can = useCan();
  const translateKey = useTranslateKey();
  const { pathname } = useLocation();

  const visible = useMemo(
    () => appRoutes.filter((route) => !route.hideInMenu && can(route.permission)),
    [can],
  );

  const { items, groupKeys } = useMemo(() => {
    const result: MenuItem[] = [];
    const groups = new Map<string, MenuItem[]>();
    for (const route of visible) {
      const item: MenuItem = {
        key: route.path,
        icon: route.icon,
        label: <Link to={route.path}>{translateKey(route.labelKey)}</Link>,
      };
      if (!route.group) {
        result.push(item);
        continue;
      }
      let children = groups.get(route.group);
      if (!children) {
        children = [];
        groups.set(route.group, children);
        result.push({
          key: `group:${route.group}`,
          icon: route.icon,
          label: translateKey(route.group),
          children,
        });
      }
      children.push(item);
    }
    return { items: result, groupKeys: [...groups.keys()].map((group) => `group:${group}`) };
  }, [visible, translateKey]);

  const selected = selectedPath(visible, pathname);

  return (
    <Menu
      data-testid="side-menu"
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={groupKeys}
      onClick={onNavigate}
    />
  );
}
