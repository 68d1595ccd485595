package it.percorsi.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A radar chart of the maturity scores drawn by ECharts (open source, served as a WebJar and
 * loaded at run time: no frontend bundle). The options are built here as JSON so tests can
 * check what the chart will show; a table next to it carries the same numbers for screen readers.
 */
class RadarChart extends Div {

    static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    /** One axis: its label and the values of the series (current first, previous second, if any). */
    record Axis(String label, int current, Integer previous) {
    }

    private final String options;

    RadarChart(List<Axis> axes, String currentName, String previousName) {
        this.options = options(axes, currentName, previousName);
        setId("radar-chart");
        addClassName("radar-chart");
        getElement().setAttribute("role", "img");
        setWidthFull();
        setHeight("420px");
    }

    String options() {
        return options;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        UI ui = event.getUI();
        ui.getPage().addJavaScript(SCRIPT);
        getElement().executeJs("""
                const el = this, options = JSON.parse($0);
                // on a phone the axis labels wrap and the radar shrinks, so no label is clipped
                // (a Java text block: regex and newline escapes are written doubled)
                const fit = () => {
                  const narrow = el.clientWidth < 560;
                  const o = JSON.parse(JSON.stringify(options));
                  if (narrow) {
                    o.radar.radius = '50%';
                    o.radar.indicator = o.radar.indicator.map(i => ({...i, name: i.name.replace(/(.{7,}?)\\s+/g, (m, part) => part + '\\n')}));
                  }
                  return o;
                };
                const draw = () => {
                  if (!window.echarts) { setTimeout(draw, 50); return; }
                  const chart = window.echarts.getInstanceByDom(el) || window.echarts.init(el, null, {renderer: 'svg'});
                  chart.setOption(fit(), true);
                  if (!el.$resizer) { el.$resizer = new ResizeObserver(() => { chart.setOption(fit(), true); chart.resize(); }); el.$resizer.observe(el); }
                };
                draw();""", options);
    }

    static String options(List<Axis> axes, String currentName, String previousName) {
        boolean withPrevious = previousName != null && axes.stream().anyMatch(a -> a.previous() != null);
        StringBuilder indicators = new StringBuilder();
        List<String> current = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        for (Axis a : axes) {
            if (!indicators.isEmpty()) {
                indicators.append(',');
            }
            indicators.append("{\"name\":").append(json(a.label())).append(",\"max\":100}");
            current.add(String.valueOf(a.current()));
            previous.add(String.valueOf(a.previous() == null ? 0 : a.previous()));
        }
        StringBuilder data = new StringBuilder();
        data.append("{\"name\":").append(json(currentName)).append(",\"value\":[").append(String.join(",", current))
                .append("],\"areaStyle\":{\"opacity\":0.25},\"lineStyle\":{\"width\":3}}");
        if (withPrevious) {
            data.append(",{\"name\":").append(json(previousName)).append(",\"value\":[")
                    .append(String.join(",", previous)).append("],\"lineStyle\":{\"type\":\"dashed\"}}");
        }
        String legend = withPrevious ? "[" + json(currentName) + "," + json(previousName) + "]" : "[" + json(currentName) + "]";
        return "{\"color\":[\"#0066cc\",\"#b35900\"],\"tooltip\":{},\"legend\":{\"bottom\":0,\"data\":" + legend + "},"
                + "\"radar\":{\"radius\":\"62%\",\"axisName\":{\"color\":\"#1a1a1a\",\"fontSize\":13},\"indicator\":[" + indicators + "]},"
                + "\"series\":[{\"type\":\"radar\",\"data\":[" + data + "]}]}";
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static List<Axis> axes(List<it.percorsi.assessment.Questionnaire.Dimension> dimensions, Map<String, Integer> current,
                           Map<String, Integer> previous) {
        return dimensions.stream().map(d -> new Axis(it.percorsi.base.ui.ContentText.in(d.label()), current.getOrDefault(d.id(), 0),
                previous == null ? null : previous.get(d.id()))).toList();
    }
}
