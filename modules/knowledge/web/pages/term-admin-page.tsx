// 词库维护 (staff, knowledge:manage): add terms, relate terms as synonyms or related terms, remove
// a relation. Every change is audited on the server.
import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Form, Input, Popconfirm, Row, Select, Space } from 'antd';
import { errorMessage } from '@web/components/error-alert';
import { useT } from '@web/i18n';
import { useState } from 'react';
import { addRelation, addTerm, removeRelation } from '../api/knowledge';
import type { RelationKind } from '../api/types';
import { TermDetailCard } from '../components/term-detail';
import { TermList } from '../components/term-list';
import { useKt } from '../i18n/use-kt';

interface RelationForm {
  related: string;
  kind: RelationKind;
  note?: string;
}

export function TermAdminPage() {
  const kt = useKt();
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [term, setTerm] = useState<string | null>(null);
  const [relationForm] = Form.useForm<RelationForm>();
  const [termForm] = Form.useForm<{ term: string }>();
  const refresh = () => client.invalidateQueries({ queryKey: ['knowledge'] });
  const onError = (error: unknown) => void message.error(errorMessage(error, t));

  const creating = useMutation({
    mutationFn: (value: string) => addTerm(value),
    onSuccess: (_, value) => {
      void message.success(kt('knowledge.admin.saved'));
      termForm.resetFields();
      setTerm(value.trim());
      void refresh();
    },
    onError,
  });
  const relating = useMutation({
    mutationFn: (body: RelationForm) => addRelation(term!, body),
    onSuccess: () => {
      void message.success(kt('knowledge.admin.saved'));
      relationForm.resetFields();
      void refresh();
    },
    onError,
  });
  const removing = useMutation({
    mutationFn: (id: string) => removeRelation(id),
    onSuccess: () => {
      void message.success(kt('knowledge.admin.removed'));
      void refresh();
    },
    onError,
  });

  const relationFields = (
    <Form<RelationForm>
      form={relationForm}
      layout="inline"
      initialValues={{ kind: 'synonym' }}
      onFinish={(values) => relating.mutate(values)}
      style={{ marginTop: 12, rowGap: 8 }}
      data-testid="knowledge-relation-form"
    >
      <Form.Item
        name="related"
        label={kt('knowledge.admin.relatedTerm')}
        rules={[{ required: true, message: kt('knowledge.required') }]}
      >
        <Input maxLength={30} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="kind" label={kt('knowledge.admin.kind')}>
        <Select
          style={{ width: 110 }}
          options={[
            { value: 'synonym', label: kt('knowledge.terms.synonym') },
            { value: 'related', label: kt('knowledge.terms.related') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={kt('knowledge.admin.note')}>
        <Input maxLength={200} style={{ width: 200 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={relating.isPending}>
        {kt('knowledge.admin.addRelation')}
      </Button>
    </Form>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9}>
        <Card title={kt('knowledge.admin.title')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Form
              form={termForm}
              layout="inline"
              onFinish={(values) => creating.mutate(values.term)}
              data-testid="knowledge-term-form"
            >
              <Form.Item
                name="term"
                rules={[{ required: true, message: kt('knowledge.required') }]}
              >
                <Input maxLength={30} placeholder={kt('knowledge.terms.term')} />
              </Form.Item>
              <Button htmlType="submit" loading={creating.isPending}>
                {kt('knowledge.admin.addTerm')}
              </Button>
            </Form>
            <TermList kt={kt} selected={term} onSelect={setTerm} />
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {term ? (
          <TermDetailCard
            term={term}
            kt={kt}
            onTerm={setTerm}
            relationsExtra={relationFields}
            relationAction={(relation) => (
              <Popconfirm
                title={kt('knowledge.admin.removeConfirm', { term: relation.term })}
                onConfirm={() => removing.mutate(relation.id)}
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={kt('knowledge.admin.remove')}
                />
              </Popconfirm>
            )}
          />
        ) : (
          <Card>
            <Empty description={kt('knowledge.terms.pickHint')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
