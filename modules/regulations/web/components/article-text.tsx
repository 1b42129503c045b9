import { LinkOutlined } from '@ant-design/icons';
import { Typography, theme } from 'antd';
import { Fragment } from 'react';
import { articleLabel } from '../../domain/numerals';
import type { ArticlePath, ArticleView } from '../api/types';

const LEVELS: (keyof ArticlePath)[] = ['part', 'subpart', 'chapter', 'section'];

/** The anchor of an article on the page: `art-62` of `行政复议法/2023-09-01/art-62`. */
export const articleAnchor = (articleId: string) => articleId.split('/').pop()!;

/** `行政处罚法/2021-01-22/art-48` -> 第四十八条 (an item or paragraph keeps its anchor). */
export function articleLabelOfId(articleId: string): string {
  const m = /^art-(\d+)(?:-(\d+))?$/.exec(articleAnchor(articleId));
  return m ? articleLabel(Number(m[1]), Number(m[2] ?? 0)) : articleAnchor(articleId);
}

/** The 编/章/节 headings that open before an article: those that differ from the previous one's. */
function openingHeadings(article: ArticleView, previous: ArticleView | undefined): string[] {
  const out: string[] = [];
  let changed = false;
  for (const level of LEVELS) {
    const value = article.path[level];
    changed = changed || value !== previous?.path[level];
    if (changed && value) out.push(value);
  }
  return out;
}

/**
 * A text's articles under their headings, each with its anchor (`#art-62`) and a link to it;
 * the article the address points at is marked.
 */
export function ArticleText({ articles, target }: { articles: ArticleView[]; target: string }) {
  const { token } = theme.useToken();
  return articles.map((a, i) => {
    const anchor = articleAnchor(a.id);
    const marked = anchor === target;
    return (
      <Fragment key={a.id}>
        {openingHeadings(a, articles[i - 1]).map((h) => (
          <Typography.Title key={h} level={5} style={{ textAlign: 'center' }}>
            {h}
          </Typography.Title>
        ))}
        <div
          id={anchor}
          data-article-id={a.id}
          data-testid="portal-article"
          data-target={marked ? 'true' : undefined}
          style={{
            scrollMarginTop: 16,
            padding: '2px 8px',
            borderLeft: `3px solid ${marked ? token.colorPrimary : 'transparent'}`,
            background: marked ? token.colorPrimaryBg : undefined,
          }}
        >
          {a.text.split('\n').map((p, j) => (
            <Typography.Paragraph key={j} style={{ marginBottom: 8 }}>
              {j === 0 && (
                <a href={`#${anchor}`} style={{ fontWeight: 600, marginRight: 6 }}>
                  {a.label}
                  <LinkOutlined style={{ fontSize: 11, marginLeft: 2 }} />
                </a>
              )}
              {p}
            </Typography.Paragraph>
          ))}
        </div>
      </Fragment>
    );
  });
}
