package it.percorsi.toolbox.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import it.percorsi.toolbox.SampleSize;
import java.text.NumberFormat;
import java.util.List;

/** Population, margin and confidence → answers needed, with the formula and its numbers. */
class SampleSizeCalculator extends Section {

    static final int MAX_POPULATION = 100_000_000;

    final IntegerField population = new IntegerField();
    final NumberField margin = new NumberField();
    final Select<Integer> confidence = new Select<>();
    final Paragraph result = new Paragraph();
    final Paragraph formula = new Paragraph();

    SampleSizeCalculator() {
        setId("sample-size-calculator");
        addClassName("content-section");
        addClassName("toolbox-calculator");
        population.setLabel(getTranslation("toolbox.sample.population"));
        population.setHelperText(getTranslation("toolbox.sample.populationHelp"));
        population.setMin(1);
        population.setMax(MAX_POPULATION);
        population.setId("sample-population");
        margin.setLabel(getTranslation("toolbox.sample.margin"));
        margin.setMin(1);
        margin.setMax(20);
        margin.setStep(0.5);
        margin.setValue(5.0);
        margin.setId("sample-margin");
        confidence.setLabel(getTranslation("toolbox.sample.confidence"));
        confidence.setItems(List.of(90, 95, 99));
        confidence.setItemLabelGenerator(c -> c + " %");
        confidence.setValue(95);
        confidence.setId("sample-confidence");
        result.setId("sample-result");
        result.addClassName("toolbox-result");
        formula.setId("sample-formula");
        formula.addClassName("toolbox-formula");
        population.addValueChangeListener(e -> calculate());
        margin.addValueChangeListener(e -> calculate());
        confidence.addValueChangeListener(e -> calculate());
        Div fields = new Div(population, margin, confidence);
        fields.addClassName("toolbox-fields");
        add(new H3(getTranslation("toolbox.sample.title")), new Paragraph(getTranslation("toolbox.sample.intro")), fields,
                result, formula);
        calculate();
    }

    void calculate() {
        population.setInvalid(false);
        margin.setInvalid(false);
        Integer n = population.getValue();
        Double e = margin.getValue();
        if (n != null && (n < 1 || n > MAX_POPULATION)) {
            fail(population, getTranslation("toolbox.sample.populationInvalid", MAX_POPULATION));
            return;
        }
        if (e == null || e < 1 || e > 20) {
            fail(margin, getTranslation("toolbox.sample.marginInvalid"));
            return;
        }
        int conf = confidence.getValue() == null ? 95 : confidence.getValue();
        double z = SampleSize.z(conf);
        double n0 = SampleSize.infinite(conf, e, 0.5);
        long answers = SampleSize.answers(n == null ? 0 : n, conf, e, 0.5);
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(2);
        NumberFormat f4 = NumberFormat.getNumberInstance(getLocale());
        f4.setMaximumFractionDigits(5);
        result.setText(getTranslation("toolbox.sample.result", f.format(answers)));
        String step1 = getTranslation("toolbox.sample.formulaInfinite", f.format(z), f4.format(e / 100), f.format(n0));
        if (n == null) {
            formula.setText(step1);
        } else {
            double corrected = n0 / (1 + (n0 - 1) / n);
            formula.setText(step1 + " " + getTranslation("toolbox.sample.formulaFinite", f.format(n0), f.format(n0 - 1),
                    f.format(n), f.format(corrected), f.format(answers)));
        }
    }

    private void fail(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        result.setText(getTranslation("toolbox.calculator.fix"));
        formula.setText("");
    }
}
