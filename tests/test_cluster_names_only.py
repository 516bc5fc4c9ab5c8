"""A headline that meets a story's headlines on a person's or a club's name alone tells, under that name, whatever its
other words say: the name alone does not carry it into the story (a singer's remarriage talk is not her surgery), while
a follow-up whose body tells the story's happening still joins. The articles are short Indonesian texts written for
these tests."""

from __future__ import annotations

from telisik.stories.cluster import ClusterConfig, cluster_articles

NAMES = [("Rara Anjani", "PER"), ("Bangkok", "LOC"), ("Thailand", "LOC")]

SURGERY = (
    "Penyanyi Rara Anjani tampil berbeda usai menjalani operasi hidung di Bangkok, Thailand. "
    "Rara Anjani mengaku operasi hidung itu sudah lama ia rencanakan dan berjalan lancar. "
    "Menurut Rara Anjani, hasil operasi hidung membuatnya lebih percaya diri saat tampil di panggung. "
    "Ia menghabiskan waktu dua pekan di Bangkok untuk pemulihan sebelum kembali ke Jakarta."
)
SURGERY_AGAIN = (
    "Rara Anjani membagikan potret terbaru setelah operasi hidung di sebuah klinik di Bangkok. "
    "Penyanyi itu menyebut operasi hidung tersebut dilakukan demi penampilan di atas panggung. "
    "Rara Anjani menjalani pemulihan di Thailand selama dua pekan sebelum pulang ke Jakarta. "
    "Penggemar Rara Anjani memuji penampilan barunya di media sosial."
)
SURGERY_REASON = (
    "Rara Anjani menceritakan alasan di balik keputusannya menjalani operasi hidung di Bangkok. "
    "Ia mengaku mendiang ibunya pernah menyarankan operasi hidung sejak lama. "
    "Rara Anjani akhirnya memantapkan hati dan berangkat ke Thailand awal bulan ini. "
    "Penyanyi itu kini merasa lebih percaya diri dengan penampilan barunya."
)
REMARRIAGE = (
    "Penyanyi Rara Anjani membuka suara soal syarat pria yang ingin menikahinya setelah sembilan tahun menjanda. "
    "Rara Anjani mengaku tidak terburu-buru mencari pendamping hidup baru. "
    "Menurut Rara Anjani, calon suaminya harus bisa menerima anaknya dan taat beribadah. "
    "Rara Anjani menyampaikan hal itu dalam sebuah acara televisi di Jakarta, pekan ini."
)


def article(id_: str, outlet: str, title: str, body: str) -> dict:
    return {
        "id": id_,
        "outlet": outlet,
        "title": title,
        "body": body,
        "published": "2025-06-19T09:00:00+07:00",
        "entities": [{"name": n, "type": t, "mentions": 3} for n, t in NAMES],
    }


STORY = [
    article("a", "Warta Seleb", "Rara Anjani Tampil Beda Usai Operasi Hidung di Bangkok", SURGERY),
    article("b", "Kabar Hiburan", "Potret Terbaru Rara Anjani Usai Operasi Hidung", SURGERY_AGAIN),
]
REASON = article("c", "Berita Kota", "Peran Mendiang Ibu di Balik Keputusan Rara Anjani", SURGERY_REASON)
WIDOW = article("d", "Berita Kota", "9 Tahun Menjanda, Rara Anjani Ungkap Syarat Pria Idamannya", REMARRIAGE)


def test_a_headline_meeting_the_story_on_her_name_alone_about_another_matter_starts_its_own_story():
    unguarded = cluster_articles([*STORY, WIDOW], ClusterConfig(names_only_headline_words=None))
    assert unguarded["d"] == unguarded["a"] == unguarded["b"]  # her name in every line would carry it in
    stories = cluster_articles([*STORY, WIDOW])
    assert stories["a"] == stories["b"]
    assert stories["d"] != stories["a"]


def test_a_follow_up_whose_body_tells_the_surgery_still_joins_on_her_name():
    stories = cluster_articles([*STORY, REASON, WIDOW])
    assert stories["c"] == stories["a"] == stories["b"]
    assert stories["d"] != stories["a"]


# a minister's title stands for him in a headline as his name would: his other matter of the same doorstop is not the story
OFFICIALS = [("Kementerian Dalam Negeri", "ORG"), ("Istana Kepresidenan", "LOC"), ("Jakarta", "LOC")]
HOTEL_RULE = (
    "Menteri Dalam Negeri mengizinkan pemerintah daerah kembali menggelar rapat di hotel dan restoran mulai bulan ini. "
    "Mendagri mengatakan rapat di hotel boleh digelar asal anggarannya wajar dan tidak berlebihan. "
    "Keputusan itu disambut pengusaha hotel dan restoran yang sepi tamu sejak awal tahun, kata Mendagri di Istana Kepresidenan, Jakarta."
)
HOTEL_RULE_AGAIN = (
    "Pemerintah daerah kini boleh menggelar rapat di hotel dan restoran, kata Mendagri di Istana Kepresidenan, Jakarta. "
    "Menurut Mendagri, rapat di hotel akan menghidupkan kembali usaha perhotelan dan restoran di daerah. "
    "Ia meminta pemerintah daerah tetap menghemat anggaran dan melaporkan setiap kegiatan."
)
RETREAT = (
    "Mendagri mengatakan retret gelombang kedua bagi kepala daerah digelar akhir Juni di kampus pamong praja, kata dia di Istana Kepresidenan, Jakarta. "
    "Sebanyak 86 bupati dan wali kota yang belum ikut gelombang pertama wajib hadir selama sepekan. "
    "Mendagri menyebut materi retret mencakup tata kelola keuangan dan pelayanan publik."
)


def official(id_: str, outlet: str, title: str, body: str) -> dict:
    return article(id_, outlet, title, body) | {"entities": [{"name": n, "type": t, "mentions": 2} for n, t in OFFICIALS]}


def test_a_headline_meeting_the_story_on_the_speakers_title_alone_starts_its_own_story():
    rule = [
        official("h1", "Warta Seleb", "Mendagri Izinkan Pemda Rapat di Hotel dan Restoran", HOTEL_RULE),
        official("h2", "Kabar Hiburan", "Pemda Boleh Rapat di Hotel Lagi, Kata Mendagri", HOTEL_RULE_AGAIN),
    ]
    retreat = official("r", "Berita Kota", "Mendagri: Retret Gelombang Kedua Digelar Akhir Juni", RETREAT)
    unguarded = cluster_articles([*rule, retreat], ClusterConfig(names_only_headline_words=None))
    assert unguarded["r"] == unguarded["h1"]
    stories = cluster_articles([*rule, retreat])
    assert stories["h1"] == stories["h2"]
    assert stories["r"] != stories["h1"]
