# Georgian.

heading-default = სიახლეები
loading = სიახლეები იტვირთება…
loaded = { $count ->
    [one] { $count } სიახლე
   *[other] { $count } სიახლე
}
empty = სიახლეები ჯერ არ არის.
retry = ხელახლა ცდა
error-network = სიახლეების ჩატვირთვა ვერ მოხერხდა: სიახლეების სერვერი მიუწვდომელია. შეამოწმეთ კავშირი და სცადეთ ხელახლა.
error-timeout = სიახლეების ჩატვირთვა ვერ მოხერხდა: სიახლეების სერვერი ძალიან დიდხანს არ პასუხობს.
error-status = სიახლეების ჩატვირთვა ვერ მოხერხდა: სიახლეების სერვერმა დააბრუნა შეცდომა { $status }.
error-format = სიახლეების ჩვენება ვერ მოხერხდა: სიახლეების არხი დაზიანებულია ან უცნობ ფორმატშია.
error-too-large = სიახლეების ჩვენება ვერ მოხერხდა: სიახლეების არხი ამ ბლოკისთვის ზედმეტად დიდია.
error-no-feed = სიახლეების ბლოკი ჯერ არ არის გამართული: სიახლეების არხის მისამართი მითითებული არ არის.
authors = { $count ->
    [one] ავტორი
   *[other] ავტორები
}
tags = ტეგები
updated = განახლდა: { $date }
all-news = ყველა სიახლე

vi-toggle = ვერსია მცირემხედველთათვის
vi-panel = პარამეტრები მცირემხედველთათვის
font-size = შრიფტის ზომა
font-smaller = შრიფტის შემცირება
font-larger = შრიფტის გაზრდა
scheme = ფერთა სქემა
scheme-default = საიტის ფერები
scheme-white = შავი თეთრზე
scheme-black = თეთრი შავზე
scheme-blue = მუქი ლურჯი ცისფერზე
scheme-brown = ყავისფერი ბეჟზე
scheme-green = მწვანე მუქ ყავისფერზე
images = სურათები
images-show = ჩვენება
images-grayscale = შავ-თეთრი
images-hide = დამალვა
letter-spacing = ასოებს შორის მანძილი
line-spacing = სტრიქონებს შორის მანძილი
spacing-normal = ჩვეულებრივი
spacing-medium = საშუალო
spacing-large = დიდი
font = შრიფტი
font-default = საიტის შრიფტი
font-sans = უსერიფო
font-serif = სერიფიანი
reset = საწყისი პარამეტრების აღდგენა
close = დახურვა
announce-change = { $setting }: { $value }
announce-reset = საწყისი პარამეტრები აღდგენილია
read-aloud = მოსმენა
read-stop = კითხვის შეწყვეტა
read-pause = პაუზა
read-resume = გაგრძელება

error-offline = ინტერნეტთან კავშირი არ არის. სიახლეები ჩაიტვირთება, როცა კავშირი აღდგება.
error-cors = სიახლეების ჩატვირთვა ვერ მოხერხდა: სიახლეების სერვერი ამ საიტს არ აძლევს სიახლეების არხის წაკითხვის უფლებას.
saved-notice = სიახლეების განახლება ვერ მოხერხდა. ნაჩვენებია შენახული სიახლეები. შენახვის თარიღი: { $date }.
show-more = მეტი სიახლის ჩვენება
new-items = { $count ->
    [one] დაემატა { $count } სიახლე
   *[other] დაემატა { $count } სიახლე
}
updates-pause = განახლების შეჩერება
updates-resume = განახლების გაგრძელება
attachments = მიმაგრებული ფაილები
