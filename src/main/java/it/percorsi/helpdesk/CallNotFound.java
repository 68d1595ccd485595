package it.percorsi.helpdesk;

/** A missing booking and someone else's booking look the same to a referent. */
public class CallNotFound extends RuntimeException {

    public CallNotFound() {
        super("Call not found");
    }
}
