package vn.chibo.service.web;

/** Something asked for by id does not exist. {@code kind} is a message code such as {@code kind.organisation}. */
public class NotFoundException extends RuntimeException {

    private final String kindCode;
    private final String id;

    public NotFoundException(String kindCode, String id) {
        super(kindCode + " " + id + " not found");
        this.kindCode = kindCode;
        this.id = id;
    }

    public String kindCode() {
        return kindCode;
    }

    public String id() {
        return id;
    }
}
