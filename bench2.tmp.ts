import { BarChart } from "echarts/charts";
import { AriaComponent, GridComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
echarts.use([BarChart, GridComponent, AriaComponent, SVGRenderer]);
const pts = Array.from({ length: 8 }, (_, i) => i * 13);
const opt = (i: number) => ({ animation: false, aria: { enabled: true, decal: { show: true } }, xAxis: { type: "value" }, yAxis: { type: "category", data: pts.map((p) => `Kat ${p} ${i}`) }, series: [{ type: "bar", data: pts, label: { show: true } }] });
let t = performance.now();
for (let i = 0; i < 56; i++) { const c = echarts.init(null, null, { renderer: "svg", ssr: true, width: 720, height: 300 }); c.setOption(opt(i)); c.renderToSVGString(); c.dispose(); }
console.log("init each", (performance.now() - t).toFixed(0));
t = performance.now();
const c = echarts.init(null, null, { renderer: "svg", ssr: true, width: 720, height: 300 });
for (let i = 0; i < 56; i++) { c.setOption(opt(i), { notMerge: true }); c.renderToSVGString(); }
console.log("reuse", (performance.now() - t).toFixed(0));
t = performance.now();
for (let i = 0; i < 56; i++) { const c = echarts.init(null, null, { renderer: "svg", ssr: true, width: 720, height: 300 }); c.setOption({...opt(i), aria: { enabled: false }}); c.renderToSVGString(); c.dispose(); }
console.log("no decal", (performance.now() - t).toFixed(0));
