package it.percorsi.content.ui;

import it.percorsi.base.ui.HeaderContribution;
import it.percorsi.content.SearchService;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Puts the search box in the header of every logged-in page. */
@org.springframework.stereotype.Component
@Order(Ordered.LOWEST_PRECEDENCE) // added last to the front of the header: leftmost, before the bell
class SearchBoxContribution implements HeaderContribution {

    private final SearchService search;

    SearchBoxContribution(SearchService search) {
        this.search = search;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new SearchBox(search);
    }
}
