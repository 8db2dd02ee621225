/** The report page's stylesheet: NHS colours on screen, A4 pages in print. */
export const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:0 auto;padding:1.5rem;max-width:72rem;line-height:1.45;font-size:16px}
h1{font-size:1.8rem;margin:0 0 .25rem}h2{font-size:1.4rem;margin:2rem 0 .5rem;border-bottom:2px solid #005eb8}
h3{font-size:1.1rem;margin:1.25rem 0 .4rem}h4{font-size:1rem;margin:1rem 0 .3rem}h5{font-size:.95rem;margin:.75rem 0 .25rem}
.meta,.hint,.when,.reason,.count,.more{color:#4c6272}.hint,.when,.reason{font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0 1rem}
th,td{border:1px solid #d8dde0;padding:.3rem .45rem;vertical-align:top;text-align:left;overflow-wrap:break-word}
.channels{overflow-wrap:anywhere}td:first-child{white-space:nowrap}.register td:first-child{white-space:normal;width:30%}.questions td:nth-child(2){width:38%}
thead th{background:#f0f4f5}td.num{text-align:right}
ol,ul{margin:0;padding-left:1.2rem}
ul.combo,ul.answers{list-style:none;padding:0}ul.combo li,ul.answers li{margin:.1rem 0}
ul.combo li{display:inline}ul.combo li+li::before{content:" · ";color:#768692}.combo .q{font-weight:bold;color:#4c6272}.combo .any{font-style:italic}
.mark{color:#8a1538;font-weight:bold}
.counts{display:flex;flex-wrap:wrap;gap:.5rem 2rem;margin:.5rem 0}.counts div{min-width:8rem}
.counts dt{color:#4c6272;font-size:.9rem}.counts dd{margin:0;font-size:1.3rem;font-weight:bold}
.flag{display:inline-block;background:#fff9c4;border:1px solid #ffeb3b;padding:0 .25rem;font-size:.85em}
.gap{background:#fdf0ed;font-weight:bold}.none td{background:#fdf0ed}
.kind{font-size:.8rem;font-weight:normal;color:#4c6272;text-transform:uppercase;letter-spacing:.05em}
.sign-off{border:2px solid #212b32;padding:0 1rem 1rem;margin:1.5rem 0}.sign-off h2{border:0}
.field{display:flex;align-items:flex-end;gap:1rem;margin:1.2rem 0}.field .label{min-width:11rem}
.field .line{flex:1;border-bottom:1px solid #212b32;height:1.4rem}
.diagram{overflow-x:auto;border:1px solid #d8dde0;padding:.5rem;margin:.5rem 0}
.diagram svg{display:block;margin:0 auto;max-width:100%;height:auto}
svg .question rect{fill:#fff;stroke:#005eb8;stroke-width:1.5}
svg .outcome rect{fill:#005eb8;stroke:#003087}svg .outcome text{fill:#fff;font-weight:bold}
svg text{font:13px Arial,Helvetica,sans-serif;fill:#212b32}
svg .edge{fill:none;stroke:#4c6272;stroke-width:1.3}svg .edge.scored{stroke-dasharray:5 3}
svg .edge-label rect{fill:#fff;fill-opacity:.92;stroke:none}svg .edge-label text{font-size:12px;fill:#330072}
svg marker path{fill:#4c6272}
pre{background:#f0f4f5;padding:1rem;overflow-x:auto;font-size:.8rem}
nav ol ol{columns:2}
.sr-heading{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@page wide{size:A4 landscape}
@page{size:A4;margin:14mm 12mm 16mm;@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt Arial,sans-serif;color:#4c6272}}
@media print{
body{padding:0;max-width:none;font-size:10pt;line-height:1.35}
h2{font-size:15pt;margin-top:0}h3{font-size:12pt}
.no-print{display:none}
table{font-size:8.5pt}thead{display:table-header-group}
tr,li,.field,.counts div{break-inside:avoid}
h2,h3,h4{break-after:avoid}
.sign-off,#questions,.flow,.decision,.outcome,.register{break-before:page}
.sign-off{break-before:auto}
a{color:inherit;text-decoration:none}
.flow{page:wide}.diagram{border:0;padding:0;overflow:visible}.diagram svg{max-height:150mm;width:100%}
.flag,.gap,.none td,thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
