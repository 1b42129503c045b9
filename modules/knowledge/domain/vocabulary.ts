// The everyday-words vocabulary of the term base: what people say (几天, 交钱, 不服, 找谁, 公司)
// mapped to the words the statutes use (期限/日内, 缴纳/费用, 复议/诉讼, 管辖/机关, 用人单位).
// The library search adds these words to a query (modules/regulations, through its query
// expander), so that 「对罚款不服多久内可以申请复议」 also looks for 期限 and 日内.
//
// How the seed was built (an administrator edits the table afterwards):
// 1. From the statutes' own definitions (本法所称… / 是指…): the plain words of a definition
//    point to the defined term, e.g. 法律援助法 Art. 2 「为经济困难公民…无偿提供法律咨询、代理」:
//    没钱请律师 / 免费律师 -> 法律援助, 经济困难. The `basis` names the article.
// 2. From the kinds of questions people bring to a public legal service window or the 12348
//    hotline: how long (几天, 多久, 最晚), how much (交钱, 多少钱), who decides (找谁, 哪个部门),
//    what if I disagree (不服, 不认可), does it count (算不算数), can I (能不能 + a verb). Each
//    kind maps to the statutory words that answer it (期限, 日内; 费用, 缴纳; 管辖; 复议, 诉讼;
//    效力). The `basis` says `question: <kind>`.
// 3. Everyday names of the parties and things the bureau's laws regulate (公司 -> 用人单位,
//    商家 -> 经营者, 酒驾 -> 饮酒后驾驶, 车祸 -> 交通事故, 狗 -> 饲养的动物).
// Weights: 0.9 for a plain synonym, 0.7 for a paraphrase, 0.5 for a question word (vague: 多久
// asks for a time limit, not for every article that has one).

export interface VocabularyEntry {
  /** What people say; matched as a substring of the query. */
  phrase: string;
  /** Words of the statutes searched as well. */
  terms: string[];
  /** Weight of the added words against a word typed (0 < weight <= 1). */
  weight: number;
  /** Where the mapping comes from: a definition article or a kind of question. */
  basis: string;
}

/** Raise when the seed changes: a database seeded with an older version gets the new entries. */
export const VOCABULARY_SEED_VERSION = 1;

/** Weights by kind: S a plain synonym, P a paraphrase, Q a question word. */
const WEIGHTS: Record<string, number> = { S: 0.9, P: 0.7, Q: 0.5 };

// One line per group: everyday phrases (|) = statutory words (space) = kind = basis.
const TABLE = `
# ---- kinds of questions ----
几天|多少天|几日|多少日|多少个工作日|几个工作日 = 之日起 期限 日 = Q = question: how long
多久|多长时间|多长期限|要多长|多少时间 = 期限 之日起 期间 = Q = question: how long
几年|多少年|过几年|几个月|多少个月 = 年 期限 期间 = Q = question: how long
最长|最多|最高|上限|顶多|最久 = 不得超过 最长 = Q = question: at most
最少|最低|至少|起码 = 不得低于 不少于 = Q = question: at least
给答复|给结果|出结果|有结果|给说法|给个说法|出决定 = 作出决定 决定 = P = question: when is it decided
什么时候|何时|最晚|最迟|截止|来得及|还能不能 = 期限 之日起 届满 = Q = question: until when
过了多久|过期|超过时间|超期|逾期了 = 期限 届满 时效 逾期 = Q = question: too late
告不了|不能告|告不赢|还能告吗|还能起诉 = 诉讼时效 起诉 期限 = P = question: too late to sue
交钱|要钱|收钱|花钱|收不收费|收费吗|要不要钱|多少钱|费用多少|免费吗|交费 = 费用 收取 缴纳 收费 = Q = question: how much
交|缴 = 缴纳 交纳 = P = question: paying
交不起|没钱交|付不起 = 经济困难 暂缓 减免 = P = question: cannot pay
分期 = 分期 缴纳 = S = question: cannot pay
不服|不满意|不认可|不同意|不接受|有异议|不公平|冤枉 = 不服 复议 诉讼 异议 申诉 = P = question: disagree
找谁|找哪个部门|找哪里|去哪里|向谁|哪个部门|谁管|归谁管|谁负责处理 = 管辖 机关 部门 受理 = Q = question: who decides
算不算数|算数吗|作不作数|有没有效|有效吗|有没有用|管不管用|有没有法律效力 = 效力 法律约束力 有效 生效 = P = question: does it count
能不能不罚|不罚|免罚 = 不予处罚 不予行政处罚 = P = question: can I be spared
第一次|初犯|头一回 = 初次 = S = question: can I be spared
要什么材料|带什么材料|交什么材料|需要什么材料|准备什么 = 材料 提交 提供 证明 = Q = question: what to bring
怎么申请|如何申请|去哪申请 = 申请 提出申请 = Q = question: how to apply
多少补偿|赔多少|能拿多少|能赔多少|赔几倍|几倍 = 赔偿 补偿 标准 倍 = Q = question: how much is paid
赔|赔钱|赔付 = 赔偿 = S = question: who pays
谁负责|谁来赔|谁赔|谁承担|谁的责任|怪谁 = 责任 承担 侵权责任 赔偿 = Q = question: who is liable
# ---- suing, disputes, courts ----
告政府|告行政机关|民告官 = 行政诉讼 行政机关 起诉 = P = 行政诉讼法 Art. 2
告|打官司|上法院|去法院|告到法院|告他 = 起诉 诉讼 提起诉讼 人民法院 = P = question: go to court
判决不服|判得不对|对判决不服 = 上诉 判决 不服 = P = 民事诉讼法 Art. 171
法院 = 人民法院 = S = name
检察院 = 人民检察院 = S = name
劳动仲裁|劳动纠纷|劳资纠纷|讨薪 = 劳动争议 仲裁 = P = 劳动争议调解仲裁法 Art. 2
说和|劝和|调停|邻里纠纷|邻居吵架|家庭矛盾 = 人民调解 民间纠纷 调解 = P = 人民调解法 Art. 2
不履行|不执行|赖账|不认账|反悔 = 不履行 拒绝履行 强制执行 = P = 人民调解法 Art. 32
# ---- legal aid, lawyers, notaries ----
没钱请律师|请不起律师|免费律师|免费请律师|免费法律咨询|免费打官司 = 法律援助 经济困难 = P = 法律援助法 Art. 2
没钱|穷|困难户|低保户|低保 = 经济困难 最低生活保障 = P = 法律援助法 Art. 42
请律师|找律师|律师代理|委托律师 = 委托 律师 代理人 辩护人 = P = question: representation
批下来|批准|批不批|审批 = 决定 准予 审查 = Q = question: decision
被拒绝|不批|不给办|驳回 = 不予 拒绝 异议 = P = question: refused
办公证|做公证 = 公证 申请办理公证 = S = 公证法 Art. 2
证明真假|证明是真的 = 公证 真实性 合法性 = P = 公证法 Art. 2
代办|让别人办|找人代|托人办|别人帮忙办 = 委托他人 代理 本人 = P = 公证法 Art. 26
写错|弄错|错了|有错误 = 错误 更正 复查 = P = 公证法 Art. 39
# ---- administrative law ----
政府 = 行政机关 人民政府 = P = name
城管 = 城市管理 综合行政执法 = S = name
警察|派出所|公安局 = 公安机关 人民警察 = S = name
罚钱|被罚|挨罚 = 罚款 处罚 = S = 行政处罚法 Art. 9
惩罚|罚 = 处罚 罚款 = P = 行政处罚法 Art. 2
吊销执照|吊销驾照|吊证 = 吊销 许可证件 营业执照 = P = 行政处罚法 Art. 9
许可证|办证|证照|审批手续 = 行政许可 许可证件 = P = 行政许可法 Art. 2
执照|营业证 = 营业执照 = S = name
到期|快到期|过期了 = 有效期 届满 延续 = P = 行政许可法 Art. 50
续期|续证|延期 = 延续 有效期 = S = 行政许可法 Art. 50
强拆|拆房子|拆违|拆除违建 = 强制拆除 违法建筑物 强制执行 = P = 行政强制法 Art. 44
拆迁|征地 = 征收 补偿 房屋征收 = P = 行政复议法 Art. 11
扣车|扣押东西|扣东西|封店 = 查封 扣押 行政强制措施 = P = 行政强制法 Art. 9
信息公开|政府公开|公开信息 = 政府信息公开 政府信息 = S = 政府信息公开条例 Art. 2
关押|关起来|坐牢|被关|被抓|抓进去 = 羁押 拘留 人身自由 = P = 国家赔偿法 Art. 17
冤案|错案|抓错|关错 = 错误 无罪 国家赔偿 = P = 国家赔偿法 Art. 17
国家赔|国家赔钱 = 国家赔偿 赔偿金 = S = 国家赔偿法 Art. 2
打架|打人|被打|动手打 = 殴打他人 故意伤害 = P = 治安管理处罚法 Art. 43
拘留几天|关几天|拘几天 = 拘留 日以下 日以上 = P = 治安管理处罚法 Art. 10
# ---- community correction ----
判缓刑|判了缓刑|保外就医|监外执行 = 社区矫正 暂予监外执行 = P = 社区矫正法 Art. 2
出远门|出差|外出|离开本地|去外地|出省|出市 = 离开所居住的市、县 批准 外出 = P = 社区矫正法 Art. 27
搬家|换地方住 = 迁居 变更执行地 = P = 社区矫正法 Art. 27
# ---- work ----
公司|老板|单位|厂里|工厂|雇主|东家 = 用人单位 = S = 劳动合同法 Art. 2
员工|打工|打工的|上班族|职员|工人|雇员 = 劳动者 = S = 劳动合同法 Art. 2
辞职|不干了|离职|跳槽 = 劳动者 解除劳动合同 提前 通知 = P = 劳动合同法 Art. 37
辞退|开除|炒鱿鱼|被裁|裁员|解雇|被辞 = 用人单位 解除劳动合同 经济补偿 = P = 劳动合同法 Art. 39
n+1|补偿金多少|给补偿 = 经济补偿 工作年限 月工资 = P = 劳动合同法 Art. 47
签合同|不签合同|没签合同|不跟我签 = 订立 书面劳动合同 劳动合同 = P = 劳动合同法 Art. 10
薪水|欠薪|不发工资|拖欠工资|工钱 = 劳动报酬 工资 支付 = S = 劳动合同法 Art. 30
加班 = 延长工作时间 加班 = S = 劳动法 Art. 41
加班费 = 工资报酬 延长工作时间 加班费 = S = 劳动法 Art. 44
社保|五险 = 社会保险 = S = 社会保险法 Art. 2
上班路上|下班路上|上下班路上 = 上下班途中 = S = 工伤保险条例 Art. 14
受伤|伤了|工作受伤 = 伤害 事故伤害 工伤 = P = 工伤保险条例 Art. 14
# ---- consumers ----
商家|店家|卖家|商店|商场|店主 = 经营者 = S = 消费者权益保护法 Art. 3
买东西的人|顾客|买家 = 消费者 = S = 消费者权益保护法 Art. 2
网购|网上买|网上购物|在网上买|淘宝|电商 = 网络 销售商品 电子商务 = P = 消费者权益保护法 Art. 25
不想要了|能退吗|退掉|退钱 = 退货 无理由 = P = 消费者权益保护法 Art. 25
假货|假冒|伪劣|被骗|骗人|坑人 = 欺诈 假冒 增加赔偿 = P = 消费者权益保护法 Art. 55
# ---- traffic ----
酒驾|喝酒开车|酒后开车|喝了酒开车|喝酒驾车 = 饮酒后驾驶机动车 醉酒 驾驶机动车 = P = 道路交通安全法 Art. 91
醉驾 = 醉酒驾驶机动车 = S = 道路交通安全法 Art. 91
车祸|撞车|出车祸|被车撞|撞人|刮蹭 = 交通事故 = S = 道路交通安全法 Art. 119
汽车|小车|开车|摩托车 = 机动车 = S = 道路交通安全法 Art. 119
电动车|自行车|单车 = 非机动车 = S = 道路交通安全法 Art. 119
驾照 = 驾驶证 机动车驾驶证 = S = name
扣分 = 记分 累积记分 = S = 道路交通安全法 Art. 24
闯红灯 = 交通信号 红灯 = P = 道路交通安全法 Art. 26
# ---- family and property ----
领证|扯证|办结婚 = 结婚 婚姻登记 = S = 民法典 Art. 1049
几岁|多大|多少岁 = 周岁 年龄 = Q = question: age
大人|长大成人 = 成年人 十八周岁 = S = 民法典 Art. 17
离婚冷静期|冷静期 = 离婚登记 撤回离婚登记申请 三十日 = P = 民法典 Art. 1077
孩子归谁|抚养权|孩子跟谁 = 子女 抚养 直接抚养 = P = 民法典 Art. 1084
小孩|孩子|儿女 = 子女 未成年人 = S = name
老人|父母养老|养老 = 赡养 老年人 = P = 民法典 Art. 1067
家暴|家里打人 = 家庭暴力 = S = 反家庭暴力法 Art. 2
家属|亲属|家里人|亲人 = 近亲属 = S = 民法典 Art. 1045
家产|分家产|老人留下的 = 遗产 继承 = S = 民法典 Art. 1122
立遗嘱|写遗嘱 = 遗嘱 自书遗嘱 = S = 民法典 Art. 1133
狗|猫|宠物|养狗|养的狗 = 饲养的动物 动物 = P = 民法典 Art. 1245
咬|咬伤|抓伤 = 动物 造成他人损害 = P = 民法典 Art. 1245
高空抛物|扔东西|往下扔|楼上扔|掉下来 = 抛掷物品 建筑物 坠落 = P = 民法典 Art. 1254
楼上|阳台|窗户 = 建筑物 = P = 民法典 Art. 1254
砸伤|砸到|砸坏 = 造成他人损害 损害 = P = 民法典 Art. 1254
借钱|欠钱|欠债|借给|借款 = 借款 债务 债权人 = P = 民法典 Art. 667
不还|不还钱|还钱 = 返还 借款 履行 = P = 民法典 Art. 675
高利贷|利钱 = 利息 利率 借款 = S = 民法典 Art. 680
租房|租房子|房东|房客|租客 = 租赁 出租人 承租人 = P = 民法典 Art. 703
订金 = 定金 = S = 民法典 Art. 586
不按合同|毁约|说话不算数 = 违约责任 不履行合同义务 = P = 民法典 Art. 577
# ---- personal information ----
人脸|刷脸|指纹|面部 = 人脸识别 生物识别 敏感个人信息 = P = 个人信息保护法 Art. 28
病历|银行卡|行踪|位置信息|定位 = 敏感个人信息 医疗健康 金融账户 行踪轨迹 = P = 个人信息保护法 Art. 28
app|应用|软件|平台|网站 = 个人信息处理者 应用程序 = P = 个人信息保护法 Art. 73
个人资料|我的信息|个人隐私 = 个人信息 隐私 = P = 个人信息保护法 Art. 4
拿走|获取|搜集|采集 = 收集 处理 = P = 个人信息保护法 Art. 4
删掉|删了|删光 = 删除 = S = 个人信息保护法 Art. 47
卖我的信息|信息被卖|信息泄露了 = 泄露 非法买卖 个人信息 = P = 个人信息保护法 Art. 10
摄像头|监控 = 图像采集 个人身份识别设备 = P = 个人信息保护法 Art. 26
`;

function parseTable(table: string): VocabularyEntry[] {
  return table
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .flatMap((line) => {
      const [phrases, terms, kind, basis] = line.split(' = ').map((part) => part.trim());
      const weight = WEIGHTS[kind ?? ''];
      if (!phrases || !terms || !weight || !basis)
        throw new Error(`vocabulary: bad line "${line}"`);
      return phrases
        .split('|')
        .map((phrase) => ({ phrase, terms: terms.split(' '), weight, basis }));
    });
}

export const SEED_VOCABULARY: readonly VocabularyEntry[] = parseTable(TABLE);
