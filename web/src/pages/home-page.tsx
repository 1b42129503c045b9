import { Card, Col, Descriptions, Empty, Row, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan, useCurrentUser } from '../app/current-user';
import { appRoutes } from '../app/route-registry';
import { useT, useTranslateKey, type MessageKey } from '../i18n';

function greetingKey(hour: number): MessageKey {
  if (hour < 5) return 'home.greeting.evening';
  if (hour < 12) return 'home.greeting.morning';
  if (hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

export function HomePage() {
  const t = useT();
  const translateKey = useTranslateKey();
  const user = useCurrentUser();
  const can = useCan();
  const { token } = theme.useToken();
  // the hour when the page was opened; a greeting need not change while it stays open
  const [hour] = useState(() => new Date().getHours());

  const shortcuts = appRoutes.filter(
    (route) => route.descriptionKey && !route.hideInMenu && can(route.permission),
  );

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t(greetingKey(hour), { name: user.displayName })}
        </Typography.Title>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 3 }}
          items={[
            {
              key: 'organization',
              label: t('home.organization'),
              children: (
                <span>
                  {user.organization.name} <Tag>{user.organization.kindName}</Tag>
                </span>
              ),
            },
            {
              key: 'region',
              label: t('home.region'),
              children: `${user.organization.regionName} (${user.organization.regionCode})`,
            },
            { key: 'role', label: t('home.role'), children: user.roleName },
          ]}
        />
      </Card>
      <Typography.Title level={5}>{t('home.shortcuts')}</Typography.Title>
      {shortcuts.length === 0 ? (
        <Card>
          <Empty description={t('home.noShortcuts')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {shortcuts.map((route) => (
            <Col key={route.path} xs={24} sm={12} lg={8} xxl={6}>
              <Link to={route.path} data-testid={`home-card-${route.path}`}>
                <Card hoverable style={{ height: '100%' }}>
                  <Card.Meta
                    avatar={
                      <span style={{ fontSize: 28, color: token.colorPrimary }}>{route.icon}</span>
                    }
                    title={translateKey(route.labelKey)}
                    description={route.descriptionKey ? translateKey(route.descriptionKey) : null}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
