// 法律词库 (public): search the term base, read a term's definitions, relations and uses.
import { Card, Col, Empty, Row, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { TermDetailCard } from '../components/term-detail';
import { TermList } from '../components/term-list';
import { useKt } from '../i18n/use-kt';

export function TermsPage() {
  const kt = useKt();
  const [params, setParams] = useSearchParams();
  const term = params.get('term');
  const choose = (t: string) => setParams({ term: t });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9}>
        <Card title={kt('knowledge.terms.title')}>
          <Typography.Paragraph type="secondary">
            {kt('knowledge.terms.intro')}
          </Typography.Paragraph>
          <TermList kt={kt} selected={term} onSelect={choose} />
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {term ? (
          <TermDetailCard term={term} kt={kt} onTerm={choose} />
        ) : (
          <Card>
            <Empty description={kt('knowledge.terms.pickHint')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
