// Labels in Chinese (default) and English; the choice is kept in localStorage so a reload keeps it.
const LABELS = {
  zh: {
    brand: 'jixiao 绩效监控', skip: '跳到正文', signOut: '退出', switchLang: 'English',
    latestChanges: '最新状态变化', noChanges: '尚无变化', crumbs: '位置',
    liveOff: '实时：未连接', liveConnecting: '实时：连接中…', liveConnected: '实时：已连接',
    liveReconnecting: '实时：重新连接中…',
    signInTitle: '登录', apiKey: 'API 密钥', signIn: '登录', signInHint: '用 API 密钥换取令牌；令牌只保存在本浏览器会话中。',
    signInFailed: '登录失败', loading: '加载中…', loadFailed: '加载失败',
    overview: '总览', fiscalYear: '预算年度', show: '显示', units: '单位', unit: '单位', projects: '项目数',
    projectCount: '项目', byStatus: '各状态项目', budget: '预算数（万元）', fiscal: '财政资金（万元）',
    other: '其他资金（万元）', spent: '执行数（万元）', executionRate: '执行率', timeProgress: '序时进度',
    execVsTime: '执行率 / 序时进度', warning: '预算执行预警', score: '得分', grade: '等级', avgScore: '平均得分',
    grades: '等级分布', status: '状态', total: '合计', noProjects: '该年度没有项目。',
    scatterTitle: '双监控：执行率与序时进度', scatterDesc: '每个点是一个项目；对角线表示执行率等于序时进度。',
    unitPage: '单位', projectName: '项目名称', filterName: '按名称筛选', filterStatus: '按状态筛选',
    filterWarning: '按预警筛选', all: '全部', unitSummaryXlsx: '单位汇总表（XLSX）', rowsShown: '显示 {n} / {total} 个项目',
    sortBy: '按此列排序',
    project: '项目', period: '执行期', asOf: '截至日期', today: '今天', purpose: '资金用途', goals: '绩效目标',
    monitoringXlsx: '绩效监控表（XLSX）', selfEvalXlsx: '绩效自评表（XLSX）', indicators: '绩效指标',
    level1: '一级指标', level2: '二级指标', level3: '三级指标', target: '指标值', actual: '最新实际值',
    expected: '应达值', ratio: '完成比', why: '说明', deviation: '偏差原因与纠偏措施', trend: '趋势',
    actions: '操作', report: '填报进展', cancel: '取消', submit: '提交', value: '实际完成值',
    likelihood: '完成目标可能性', deviationCategory: '偏差原因类别', deviationReason: '偏差原因说明',
    correctiveAction: '纠偏措施', forecast: '全年预计完成值', none: '（无）',
    reportAccepted: '已受理，等待状态更新…', reportFailed: '未受理，请修改标出的字段。',
    budgetExecution: '预算执行', postExecution: '登记执行数', executionAccepted: '已登记执行数。',
    trendLabel: '{name}：每月实际值与应达值', reported: '实际', expectedLine: '应达',
    renderTime: '渲染用时 {ms} 毫秒', notFound: '未找到', back: '返回',
    stat_ACHIEVED: '已达成', stat_AHEAD: '超前', stat_ON_TRACK: '正常', stat_AT_RISK: '有风险', stat_OFF_TRACK: '偏离',
    stat_NOT_REPORTED: '未报送', stat_NO_TARGET: '无目标', stat_NOT_DUE: '未到期',
    warn_RED: '红灯', warn_YELLOW: '黄灯', warn_GREEN: '绿灯', warn_NONE: '无预警',
    lik_CERTAIN: '确定能', lik_LIKELY: '有可能', lik_IMPOSSIBLE: '完全不可能',
    dev_FUNDING: '经费保障', dev_RULES: '制度保障', dev_STAFF: '人员保障', dev_EQUIPMENT: '硬件条件保障', dev_OTHER: '其他',
    subj_indicator: '指标', subj_project: '项目', subj_unit: '单位',
  },
  en: {
    brand: 'jixiao performance monitoring', skip: 'Skip to content', signOut: 'Sign out', switchLang: '中文',
    latestChanges: 'Latest status changes', noChanges: 'No changes yet', crumbs: 'Location',
    liveOff: 'Live: not connected', liveConnecting: 'Live: connecting…', liveConnected: 'Live: connected',
    liveReconnecting: 'Live: reconnecting…',
    signInTitle: 'Sign in', apiKey: 'API key', signIn: 'Sign in',
    signInHint: 'Your API key is exchanged for a token, kept only for this browser session.',
    signInFailed: 'Sign-in failed', loading: 'Loading…', loadFailed: 'Could not load',
    overview: 'Overview', fiscalYear: 'Fiscal year', show: 'Show', units: 'Units', unit: 'Unit', projects: 'Projects',
    projectCount: 'projects', byStatus: 'Projects by status', budget: 'Budget (10k CNY)', fiscal: 'Fiscal funds (10k CNY)',
    other: 'Other funds (10k CNY)', spent: 'Spent (10k CNY)', executionRate: 'Execution rate', timeProgress: 'Time progress',
    execVsTime: 'Execution / time progress', warning: 'Budget warning', score: 'Score', grade: 'Grade', avgScore: 'Average score',
    grades: 'Grades', status: 'Status', total: 'Total', noProjects: 'No projects in this fiscal year.',
    scatterTitle: 'Dual monitoring: execution rate against time progress',
    scatterDesc: 'One point per project; the diagonal is execution equal to time progress.',
    unitPage: 'Unit', projectName: 'Project', filterName: 'Filter by name', filterStatus: 'Filter by status',
    filterWarning: 'Filter by warning', all: 'All', unitSummaryXlsx: 'Unit summary (XLSX)', rowsShown: '{n} of {total} projects shown',
    sortBy: 'Sort by this column',
    project: 'Project', period: 'Period', asOf: 'As of', today: 'Today', purpose: 'Use of funds', goals: 'Performance goals',
    monitoringXlsx: 'Monitoring table (XLSX)', selfEvalXlsx: 'Self-evaluation table (XLSX)', indicators: 'Indicators',
    level1: 'Level 1', level2: 'Level 2', level3: 'Indicator', target: 'Target', actual: 'Latest actual',
    expected: 'Expected by now', ratio: 'Ratio', why: 'Why', deviation: 'Deviation and corrective action', trend: 'Trend',
    actions: 'Actions', report: 'Report progress', cancel: 'Cancel', submit: 'Submit', value: 'Actual value',
    likelihood: 'Likelihood of meeting the target', deviationCategory: 'Deviation category', deviationReason: 'Deviation reason',
    correctiveAction: 'Corrective action', forecast: 'Full-year forecast', none: '(none)',
    reportAccepted: 'Accepted; waiting for the status…', reportFailed: 'Not accepted: correct the marked fields.',
    budgetExecution: 'Budget execution', postExecution: 'Post spending', executionAccepted: 'Spending recorded.',
    trendLabel: '{name}: actual and expected value by month', reported: 'Actual', expectedLine: 'Expected',
    renderTime: 'Rendered in {ms} ms', notFound: 'Not found', back: 'Back',
    stat_ACHIEVED: 'Achieved', stat_AHEAD: 'Ahead', stat_ON_TRACK: 'On track', stat_AT_RISK: 'At risk',
    stat_OFF_TRACK: 'Off track', stat_NOT_REPORTED: 'Not reported', stat_NO_TARGET: 'No target', stat_NOT_DUE: 'Not due',
    warn_RED: 'Red', warn_YELLOW: 'Yellow', warn_GREEN: 'Green', warn_NONE: 'None',
    lik_CERTAIN: 'Certain', lik_LIKELY: 'Likely', lik_IMPOSSIBLE: 'Impossible',
    dev_FUNDING: 'Funding', dev_RULES: 'Rules', dev_STAFF: 'Staff', dev_EQUIPMENT: 'Equipment', dev_OTHER: 'Other',
    subj_indicator: 'Indicator', subj_project: 'Project', subj_unit: 'Unit',
  },
};

let lang = localStorage.getItem('jixiao.lang') === 'en' ? 'en' : 'zh';

export function currentLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem('jixiao.lang', lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The label for a key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars) {
  const text = LABELS[lang][key] ?? LABELS.zh[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? '')) : text;
}

/** Labels of the static page (elements with data-i18n). */
export function translateStatic(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
}
