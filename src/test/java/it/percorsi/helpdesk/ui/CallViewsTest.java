package it.percorsi.helpdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import it.percorsi.PercorsiTest;
import it.percorsi.TestUsers;
import it.percorsi.base.ui.AccessDeniedView;
import it.percorsi.helpdesk.CallService;
import it.percorsi.helpdesk.CallSlotInfo;
import it.percorsi.helpdesk.CallStatus;
import it.percorsi.helpdesk.CallTestSupport;
import it.percorsi.helpdesk.HelpdeskRoutes;
import it.percorsi.helpdesk.HelpdeskTestSupport;
import it.percorsi.helpdesk.TicketDetails;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The staff's slot page and the referent's booking page, without a browser. */
@PercorsiTest
@ViewPackages(classes = {CallSlotsView.class, BookCallView.class, TicketPage.class, AccessDeniedView.class})
class CallViewsTest extends SpringBrowserlessTest {

    static final String LINK = "https://meet.example.it/vista";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired ApplicationContext context;
    @Autowired CallService calls;

    @BeforeEach
    void loggedOut() {
        TestUsers.logout();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    private CallSlotInfo publish(Instant start) {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        return calls.publish(start, 30, LINK);
    }

    @Test
    void staff_publish_a_slot_with_errors_next_to_the_fields_and_nothing_typed_lost() {
        TestUsers.loginAs(context, TestUsers.HELPDESK);
        CallSlotsView view = navigate(CallSlotsView.class);
        assertThat(view.getPageTitle()).isEqualTo("Chiamate · Percorsi");
        LocalDateTime start = LocalDateTime.ofInstant(CallTestSupport.at(context, 51, 3), ROME);
        view.start.setValue(start);
        view.minutes.setValue(30);
        view.link.setValue("ftp://meet.example.it/x");
        test(view.publish).click();
        assertThat(view.link.isInvalid()).isTrue();
        assertThat(view.link.getErrorMessage()).isEqualTo("Indicate un indirizzo completo che inizi con https://.");
        assertThat(view.start.getValue()).isEqualTo(start);
        assertThat(view.link.getValue()).isEqualTo("ftp://meet.example.it/x");

        view.link.setValue(LINK);
        test(view.publish).click();
        assertThat(view.link.isInvalid()).isFalse();
        assertThat(view.result.getText()).startsWith("Orario pubblicato:");
        assertThat(view.start.isEmpty()).isTrue();
        assertThat(view.start.isInvalid()).isFalse();
        assertThat(view.link.getValue()).isEqualTo(LINK); // kept for the next slot
        var grid = test(view.grid);
        boolean found = false;
        for (int i = 0; i < grid.size(); i++) {
            CallSlotInfo row = grid.getRow(i);
            if (row.startsAt().equals(start.atZone(ROME).toInstant())) {
                found = true;
                assertThat(row.status()).isEqualTo(CallStatus.FREE);
                assertThat(row.staffName()).isEqualTo("Sara Conti");
            }
        }
        assertThat(found).isTrue();

        view.start.setValue(start.plusMinutes(15)); // overlaps the one just published
        test(view.publish).click();
        assertThat(view.start.isInvalid()).isTrue();
        assertThat(view.start.getErrorMessage()).isEqualTo("Avete già un orario che si sovrappone a questo.");
    }

    @Test
    void a_referent_books_from_the_ticket_page_and_staff_see_the_booking() {
        CallSlotInfo slot = publish(CallTestSupport.at(context, 52, 2));
        String email = HelpdeskTestSupport.referent(context, "Rita Prenota");
        TicketDetails t = HelpdeskTestSupport.ask(context, "Parliamone a voce");
        TicketPage page = navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        Anchor link = $(Anchor.class).id("ticket-book-call");
        assertThat(link.getHref()).isEqualTo(HelpdeskRoutes.callForTicket(t.id()));
        assertThat(page.ticket().id()).isEqualTo(t.id());

        UI.getCurrent().navigate(BookCallView.class, QueryParameters.of(HelpdeskRoutes.TICKET_PARAMETER, t.id().toString()));
        BookCallView view = (BookCallView) getCurrentView();
        assertThat(view.getPageTitle()).isEqualTo("Prenota una chiamata · Percorsi");
        assertThat(view.ticket.getValue().id()).isEqualTo(t.id());
        CallSlotInfo item = view.slot.getListDataView().getItems().filter(s -> s.id().equals(slot.id())).findFirst()
                .orElseThrow();
        assertThat(view.slot.getItemLabelGenerator().apply(item)).endsWith(" · 30 minuti · con Sara Conti");
        view.slot.setValue(item);
        test(view.book).click();
        assertThat(view.result.getText()).startsWith("Chiamata prenotata per");
        assertThat(view.slot.getListDataView().getItems()).extracting(CallSlotInfo::id).doesNotContain(slot.id());
        Div mine = $(Div.class).id("my-call-" + slot.id());
        assertThat(mine.getElement().getTextRecursively()).contains(t.number()).contains("Apri il link");
        assertThat($(Button.class).id("my-call-cancel-" + slot.id()).isVisible()).isTrue();

        // the ticket page lists the call
        navigate(HelpdeskRoutes.ticket(t.id()), TicketPage.class);
        assertThat($(Div.class).id("ticket-calls").getElement().getTextRecursively()).contains("Sara Conti");

        TestUsers.loginAs(context, TestUsers.HELPDESK);
        CallSlotsView staff = navigate(CallSlotsView.class);
        var grid = test(staff.grid);
        CallSlotInfo row = null;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).id().equals(slot.id())) {
                row = grid.getRow(i);
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.status()).isEqualTo(CallStatus.BOOKED);
        assertThat(row.bookedByName()).isEqualTo("Rita Prenota");
        assertThat(row.ticketNumber()).isEqualTo(t.number());
        assertThat(row.canCancel()).isTrue();
        TestUsers.loginAs(context, email);
    }

    @Test
    void a_slot_taken_meanwhile_gets_a_message_next_to_the_slots_and_the_topic_stays_then_cancel_frees_it() {
        CallSlotInfo taken = publish(CallTestSupport.at(context, 53, 4));
        CallSlotInfo other = publish(CallTestSupport.at(context, 53, 6));
        HelpdeskTestSupport.referent(context, "Sergio Lento");
        BookCallView view = navigate(BookCallView.class);
        view.slot.setValue(view.slot.getListDataView().getItems().filter(s -> s.id().equals(taken.id())).findFirst()
                .orElseThrow());
        view.topic.setValue("Il piano di campionamento");

        String sergio = context.getBean(it.percorsi.account.CurrentUserProvider.class).require().email();
        HelpdeskTestSupport.referent(context, "Tina Veloce");
        calls.book(taken.id(), null, "Prima io");
        TestUsers.loginAs(context, sergio);

        test(view.book).click();
        assertThat(view.slot.isInvalid()).isTrue();
        assertThat(view.slot.getErrorMessage())
                .isEqualTo("Questo orario è appena stato prenotato da qualcun altro: sceglietene un altro.");
        assertThat(view.topic.getValue()).isEqualTo("Il piano di campionamento");
        assertThat(view.slot.getListDataView().getItems()).extracting(CallSlotInfo::id)
                .doesNotContain(taken.id()).contains(other.id());

        view.slot.setValue(view.slot.getListDataView().getItems().filter(s -> s.id().equals(other.id())).findFirst()
                .orElseThrow());
        test(view.book).click();
        assertThat(view.slot.isInvalid()).isFalse();
        assertThat(view.result.getText()).startsWith("Chiamata prenotata per");
        test($(Button.class).id("my-call-cancel-" + other.id())).click();
        assertThat(view.result.getText()).startsWith("Chiamata annullata");
        assertThat(view.slot.getListDataView().getItems()).extracting(CallSlotInfo::id).contains(other.id());
        assertThat(calls.myBookings()).isEmpty();
    }

    @Test
    void a_referent_cannot_open_the_staff_slot_page() {
        HelpdeskTestSupport.referent(context, "Ugo Curioso");
        UI.getCurrent().navigate(HelpdeskRoutes.CALL_SLOTS);
        assertThat(getCurrentView()).isNotInstanceOf(CallSlotsView.class);
    }
}
