// Words that say nothing about which article answers a question: particles and pronouns of
// everyday speech (吗, 我, 怎么办), and the few function words of statutes that occur in almost
// every article (的, 或者). Question words that do carry meaning (多久, 找谁, 交钱) are not here:
// the query expander turns them into statutory terms first.

const WORDS = `
的 地 得 了 着 过 吗 呢 吧 啊 呀 嘛 哦 么 啦 哈 呗 噢
我 你 您 他 她 它 我们 你们 他们 她们 咱 咱们 自己 人家 别人 大家 俺
这 那 这个 那个 这些 那些 这样 那样 这种 那种 这么 那么 此 其 之
是 有 在 和 与 及 或 或者 以及 并 并且 而 而且 但 但是 如果 因为 所以 就 都 也 还 又 再 才 只
把 被 让 给 对 从 向 跟 同 于 以 为 由 将 按 按照 依照 根据 关于
能 会 可 可以 能够 要 想 需要 应该 得到 可不可以 能不能 会不会 要不要 是不是 有没有 算不算
怎么 怎么办 怎样 怎么样 如何 什么 啥 哪 哪里 哪儿 哪个 哪些 为什么 为啥 请问 问 一下 下
个 一个 一些 些 点 一点 很 太 最 更 非常 特别 真的 真 就是 还是 然后 已经 现在 如何是好
说 做 弄 搞 去 来 到 办 行 好 上 中 内 外 后 前 时 时候 等 等等
不 没 没有 别 不要 不用 不能
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
