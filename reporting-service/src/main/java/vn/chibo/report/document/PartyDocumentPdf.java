package vn.chibo.report.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A party document (văn bản của Đảng) as a PDF, in the format of Regulation 399-QĐ/TW as summarised in
 * the domain brief §8: the issuing body top left under its superior, "ĐẢNG CỘNG SẢN VIỆT NAM" top right,
 * number and symbol, place and date in italics, the type and summary line, the body, the signature
 * block and the recipients. Liberation Serif (metric-compatible with Times New Roman, which party
 * documents use) is embedded with Identity-H so every Vietnamese diacritic prints and extracts.
 *
 * <p>The bytes depend only on the inputs: the creation and modification dates are the generation time,
 * the file id is derived from the document key, and the font subset prefixes come from a seeded
 * generator instead of a random one.
 */
public final class PartyDocumentPdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    private final Document document;
    private final Font regular;
    private final Font bold;
    private final Font italic;
    private final Font small;
    private final Font smallBold;
    private final Font boldItalic;

    private PartyDocumentPdf(Document document, String documentKey) {
        this.document = document;
        BaseFont serif = font("LiberationSerif-Regular.ttf", documentKey);
        BaseFont serifBold = font("LiberationSerif-Bold.ttf", documentKey);
        BaseFont serifItalic = font("LiberationSerif-Italic.ttf", documentKey);
        this.regular = new Font(serif, 13);
        this.bold = new Font(serifBold, 13);
        this.italic = new Font(serifItalic, 13);
        this.small = new Font(serif, 10.5f);
        this.smallBold = new Font(serifBold, 10.5f);
        this.boldItalic = new Font(font("LiberationSerif-BoldItalic.ttf", documentKey), 12);
    }

    /** What the top of the document says; {@code numberAndSymbol} is null for a document without a number. */
    public record Header(String superiorName, String issuerName, String numberAndSymbol, String placeAndDate,
                         String type, String summary) {
    }

    /**
     * The signature block: the signer on the right ("T/M ĐẢNG ỦY", "BÍ THƯ", the name), and on the left
     * either a second signer (the minutes-taker of a biên bản) or the recipients ("Nơi nhận").
     */
    public record Signature(Signer right, Signer left, List<String> recipients) {

        public static Signature withRecipients(Signer signer, List<String> recipients) {
            return new Signature(signer, null, recipients);
        }

        public static Signature twoSigners(Signer left, Signer right) {
            return new Signature(right, left, List.of());
        }
    }

    /** Lines in bold capitals ("T/M CHI BỘ", "BÍ THƯ"), then room to sign, then the name (may be null). */
    public record Signer(List<String> titles, String name) {
    }

    /**
     * Renders a document: header, then {@code body}, then the signature block.
     *
     * @param documentKey a stable key of this document (the same key gives the same file id)
     * @param generatedAt printed as the creation and modification date
     */
    public static byte[] render(Header header, Signature signature, String documentKey, Instant generatedAt,
                                Consumer<PartyDocumentPdf> body) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 85, 57, 57, 57);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(header.numberAndSymbol() == null ? header.type() : header.type() + " " + header.numberAndSymbol());
            document.addCreator("chibo");
            document.open();
            fixMetadata(writer, documentKey, generatedAt);
            var pdf = new PartyDocumentPdf(document, documentKey);
            pdf.header(header);
            body.accept(pdf);
            pdf.signature(signature);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render " + documentKey, e);
        }
        return out.toByteArray();
    }

    /** A numbered heading of the body: "I. KẾT QUẢ". */
    public void heading(String text) {
        var paragraph = new Paragraph(text, bold);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        add(paragraph);
    }

    /** A body paragraph, justified, first line indented as printed documents do. */
    public void paragraph(String text) {
        for (String line : text.split("\\R")) {
            var paragraph = new Paragraph(line, regular);
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(28);
            paragraph.setLeading(18);
            paragraph.setSpacingAfter(3);
            add(paragraph);
        }
    }

    /** A table with a bold header row; columns from {@code firstNumber} on are right-aligned figures. */
    public void table(List<String> headers, List<List<String>> rows, float[] widths, int firstNumber) {
        var table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalArgumentException("widths do not match the columns", e);
        }
        for (String text : headers) {
            table.addCell(cell(text, smallBold, Element.ALIGN_CENTER));
        }
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                table.addCell(cell(row.get(column), small, alignment(column, firstNumber)));
            }
        }
        add(table);
    }

    private void header(Header header) {
        var top = new PdfPTable(2);
        top.setWidthPercentage(100);
        try {
            top.setWidths(new float[] {45, 55});
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        var left = borderless();
        if (header.superiorName() != null) {
            left.addElement(centred(new Phrase(header.superiorName(), regular)));
        }
        left.addElement(centred(new Phrase(header.issuerName(), bold)));
        left.addElement(centred(new Phrase("*", regular)));
        if (header.numberAndSymbol() != null) {
            left.addElement(centred(new Phrase(header.numberAndSymbol(), regular)));
        }
        var right = borderless();
        var party = new Chunk("ĐẢNG CỘNG SẢN VIỆT NAM", new Font(bold.getBaseFont(), 14));
        party.setUnderline(0.6f, -2.5f);
        right.addElement(centred(new Phrase(party)));
        var date = centred(new Phrase(header.placeAndDate(), italic));
        date.setSpacingBefore(22);
        right.addElement(date);
        top.addCell(left);
        top.addCell(right);
        add(top);
        var type = centred(new Phrase(header.type(), new Font(bold.getBaseFont(), 15)));
        type.setSpacingBefore(18);
        add(type);
        add(centred(new Phrase(header.summary(), bold)));
        var rule = centred(new Phrase("-----", regular));
        rule.setSpacingAfter(8);
        add(rule);
    }

    private void signature(Signature signature) {
        var block = new PdfPTable(2);
        block.setWidthPercentage(100);
        block.setSpacingBefore(16);
        block.setKeepTogether(true);
        block.addCell(signature.left() != null ? signer(signature.left()) : recipients(signature.recipients()));
        block.addCell(signer(signature.right()));
        add(block);
    }

    private PdfPCell recipients(List<String> recipients) {
        var cell = borderless();
        cell.addElement(new Paragraph("Nơi nhận:", boldItalic));
        for (String recipient : recipients) {
            cell.addElement(new Paragraph("- " + recipient, new Font(regular.getBaseFont(), 11)));
        }
        return cell;
    }

    private PdfPCell signer(Signer signer) {
        var cell = borderless();
        signer.titles().forEach(title -> cell.addElement(centred(new Phrase(title, bold))));
        var name = centred(new Phrase(signer.name() == null ? " " : signer.name(), bold));
        name.setSpacingBefore(48);
        cell.addElement(name);
        return cell;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add to the document", e);
        }
    }

    /** The first column is the line number (TT), centred; figures are right-aligned. */
    private static int alignment(int column, int firstNumber) {
        if (column == 0) {
            return Element.ALIGN_CENTER;
        }
        return column >= firstNumber ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell borderless() {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static Paragraph centred(Phrase phrase) {
        var paragraph = new Paragraph(phrase);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** Creation and modification date = generation time; file id from the document key. */
    private static void fixMetadata(PdfWriter writer, String documentKey, Instant generatedAt) {
        var calendar = GregorianCalendar.from(generatedAt.atZone(VIETNAM));
        calendar.setTimeZone(TimeZone.getTimeZone(VIETNAM));
        var info = writer.getInfo();
        info.put(PdfName.CREATIONDATE, new PdfDate(calendar));
        info.put(PdfName.MODDATE, new PdfDate(calendar));
        info.put(PdfName.PRODUCER, new PdfString("chibo (OpenPDF)"));
        byte[] id = Arrays.copyOf(CanonicalJson.sha256(documentKey).getBytes(StandardCharsets.US_ASCII), 16);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    /** A fresh, uncached font whose subset prefix is drawn from a generator seeded with the document key. */
    private static BaseFont font(String file, String documentKey) {
        try {
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fontFile(file), null);
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            seeded.setSeed((documentKey + file).getBytes(StandardCharsets.UTF_8));
            font.setSecureRandom(seeded);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot load font " + file, e);
        }
    }

    private static byte[] fontFile(String file) {
        return FONT_FILES.computeIfAbsent(file, name -> {
            try (InputStream in = PartyDocumentPdf.class.getResourceAsStream("/liberation/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font " + name + " is not on the classpath (openpdf-fonts-extra)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
