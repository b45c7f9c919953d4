@Component({ selector: 'app-root' })
export class AppComponent {
  @Input() name: string;
  @Output() change = new EventEmitter<string>();
  @HostListener('click', ['$event'])
  onClick(@Inject(TOKEN) token: string, @Optional() other?: number) {}
  @observable accessor value = 0;
  @decorators.nested.deep() static method() {}
}
@sealed
@(factory())
class Plain {}
export default @dec class Decorated {}
