package vn.chibo.report.periodic;

import org.junit.jupiter.api.Test;
import vn.chibo.events.organisation.CellType;
import vn.chibo.events.organisation.OrganisationContract.OrganisationSummary;
import vn.chibo.events.organisation.OrganisationKind;

import static org.assertj.core.api.Assertions.assertThat;

class IssuingBodyTest {

    @Test
    void aCommuneCommitteeSignsOnBehalfOfTheCommitteeWithSymbolDU() {
        var body = IssuingBody.of(committee("xa", "Đảng ủy xã Biên Sơn"), committee("huyen", "Huyện ủy Lục Ngạn"));
        assertThat(body.symbol()).isEqualTo("ĐU");
        assertThat(body.onBehalfOf()).isEqualTo("T/M ĐẢNG ỦY");
        assertThat(body.nameInCapitals()).isEqualTo("ĐẢNG ỦY XÃ BIÊN SƠN");
        assertThat(body.superiorInCapitals()).isEqualTo("HUYỆN ỦY LỤC NGẠN");
    }

    @Test
    void aDistrictCommitteeSignsForItsStandingCommitteeAndACellForItself() {
        var district = IssuingBody.of(committee("huyen", "Huyện ủy Lục Ngạn"), committee("tinh", "Tỉnh ủy Bắc Giang"));
        assertThat(district.symbol()).isEqualTo("HU");
        assertThat(district.onBehalfOf()).isEqualTo("T/M BAN THƯỜNG VỤ");
        var cell = IssuingBody.of(new OrganisationSummary("cb", "Chi bộ thôn Đồng Cốc", OrganisationKind.CELL, "Chi bộ",
                CellType.VILLAGE, "xa", 3, 1, 20, 2), null);
        assertThat(cell.symbol()).isEqualTo("CB");
        assertThat(cell.onBehalfOf()).isEqualTo("T/M CHI BỘ");
        assertThat(cell.superiorInCapitals()).isNull();
    }

    private static OrganisationSummary committee(String id, String name) {
        return new OrganisationSummary(id, name, OrganisationKind.COMMITTEE, "Đảng ủy", null, null, 1, 10, 100, 5);
    }
}
