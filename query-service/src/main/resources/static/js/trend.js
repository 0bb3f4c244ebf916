// Draws the 12-month trend of the organisation page from the data-trend attribute of #trend.
window.drawTrend = function () {
    const element = document.getElementById('trend');
    if (!element || !element.dataset.trend || !window.echarts) {
        return;
    }
    const data = JSON.parse(element.dataset.trend);
    const chart = echarts.getInstanceByDom(element) || echarts.init(element);
    chart.setOption({
        // drawn at once: live refreshes redraw it, and an animation would replay on every change
        animation: false,
        tooltip: {trigger: 'axis', valueFormatter: v => v === null || v === undefined ? '—' : v + '%'},
        legend: {bottom: 0},
        grid: {left: 40, right: 16, top: 16, bottom: 48},
        xAxis: {type: 'category', data: data.months},
        yAxis: {type: 'value', min: 0, max: 100, axisLabel: {formatter: '{value}%'}},
        series: data.series.map(s => ({name: s.name, type: 'line', smooth: true, connectNulls: true, data: s.values}))
    }, true);
};
window.addEventListener('resize', () => {
    const element = document.getElementById('trend');
    const chart = element && window.echarts && echarts.getInstanceByDom(element);
    if (chart) {
        chart.resize();
    }
});
document.addEventListener('DOMContentLoaded', () => window.drawTrend());
