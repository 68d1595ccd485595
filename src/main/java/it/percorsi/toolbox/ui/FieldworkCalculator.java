package it.percorsi.toolbox.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import it.percorsi.toolbox.FieldworkPlan;
import java.text.NumberFormat;

/** Answers needed, users per day and response rate → people to invite, fieldwork days and the step k. */
class FieldworkCalculator extends Section {

    static final int MAX = 10_000_000;

    final IntegerField answers = new IntegerField();
    final IntegerField dailyUsers = new IntegerField();
    final NumberField responseRate = new NumberField();
    final Paragraph result = new Paragraph();
    final Paragraph formula = new Paragraph();

    FieldworkCalculator() {
        setId("fieldwork-calculator");
        addClassName("content-section");
        addClassName("toolbox-calculator");
        answers.setLabel(getTranslation("toolbox.fieldwork.answers"));
        answers.setMin(1);
        answers.setMax(MAX);
        answers.setValue(323);
        answers.setId("fieldwork-answers");
        dailyUsers.setLabel(getTranslation("toolbox.fieldwork.dailyUsers"));
        dailyUsers.setHelperText(getTranslation("toolbox.fieldwork.dailyUsersHelp"));
        dailyUsers.setMin(1);
        dailyUsers.setMax(MAX);
        dailyUsers.setId("fieldwork-daily");
        responseRate.setLabel(getTranslation("toolbox.fieldwork.rate"));
        responseRate.setHelperText(getTranslation("toolbox.fieldwork.rateHelp"));
        responseRate.setMin(1);
        responseRate.setMax(100);
        responseRate.setValue(40.0);
        responseRate.setId("fieldwork-rate");
        result.setId("fieldwork-result");
        result.addClassName("toolbox-result");
        formula.setId("fieldwork-formula");
        formula.addClassName("toolbox-formula");
        answers.addValueChangeListener(e -> calculate());
        dailyUsers.addValueChangeListener(e -> calculate());
        responseRate.addValueChangeListener(e -> calculate());
        Div fields = new Div(answers, dailyUsers, responseRate);
        fields.addClassName("toolbox-fields");
        add(new H3(getTranslation("toolbox.fieldwork.title")), new Paragraph(getTranslation("toolbox.fieldwork.intro")),
                fields, result, formula);
        calculate();
    }

    void calculate() {
        answers.setInvalid(false);
        dailyUsers.setInvalid(false);
        responseRate.setInvalid(false);
        Integer a = answers.getValue();
        Integer d = dailyUsers.getValue();
        Double r = responseRate.getValue();
        if (a == null || a < 1 || a > MAX) {
            fail(answers, getTranslation("toolbox.fieldwork.answersInvalid"));
            return;
        }
        if (d == null) {
            result.setText(getTranslation("toolbox.fieldwork.waiting"));
            formula.setText("");
            return;
        }
        if (d < 1 || d > MAX) {
            fail(dailyUsers, getTranslation("toolbox.fieldwork.dailyInvalid"));
            return;
        }
        if (r == null || r < 1 || r > 100) {
            fail(responseRate, getTranslation("toolbox.fieldwork.rateInvalid"));
            return;
        }
        FieldworkPlan plan = FieldworkPlan.of(a, d, r);
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMaximumFractionDigits(2);
        result.setText(getTranslation("toolbox.fieldwork.result", f.format(plan.contacts()), f.format(plan.days()),
                f.format(plan.step())));
        formula.setText(getTranslation("toolbox.fieldwork.formula", f.format(a), f.format(r / 100), f.format(a * 100 / r),
                f.format(plan.contacts()), f.format(d), f.format(plan.days())));
    }

    private void fail(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        result.setText(getTranslation("toolbox.calculator.fix"));
        formula.setText("");
    }
}
